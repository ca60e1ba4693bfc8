// Worker threads do not inherit the main thread's tsx loader: register it here, then load the TypeScript
// thread module (the app runs from its sources, see bin/krachtenveld.js).
import { register } from 'tsx/esm/api';

register();
await import('./thread.ts');
