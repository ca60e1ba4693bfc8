#!/usr/bin/env node
// Entry point of the `krachtenveld` command. The app runs from its TypeScript sources through tsx's loader,
// so there is no server build step to forget (see docs/architecture.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
