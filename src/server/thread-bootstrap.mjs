// Worker threads do not inherit the main thread's tsx loader: register it here, then load the TypeScript
// module the thread runs, named in workerData.entry (the app runs from its sources, see bin/krachtenveld.js).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
