/**
 * The worker thread's side of the analysis runner: receives a map and a request, runs the pure analysis
 * and posts the answer back. Runs off the server's event loop, so a diagnosis of a large map (seconds)
 * never holds up other users' requests.
 */
import { parentPort } from 'node:worker_threads';
import { computeDiagnosis, computeWhatIf } from '../../services/analysis-compute.ts';
import { postableError } from '../thread-error.ts';
import type { ThreadRequest, ThreadResponse } from './protocol.ts';

if (!parentPort) throw new Error('thread.ts runs as a worker thread only');
const port = parentPort;

port.on('message', (request: ThreadRequest) => {
  let response: ThreadResponse;
  try {
    response =
      request.kind === 'diagnose'
        ? {
            id: request.id,
            ok: true,
            result: computeDiagnosis(request.graph, request.options, request.locale),
          }
        : {
            id: request.id,
            ok: true,
            result: computeWhatIf(request.graph, request.changes, request.options),
          };
  } catch (error) {
    response = {
      id: request.id,
      ok: false,
      error: postableError(error),
    };
  }
  port.postMessage(response);
});
