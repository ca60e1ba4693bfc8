/**
 * A file-job thread: runs the file work of one job at a time (file-work.ts) and answers each request with
 * its result and the thread's heap size, so the pool can retire a thread that grew. Its memory is capped by
 * the pool's `resourceLimits`; past the cap Node stops this thread, never the server.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { type FileWork, inlineFileWork } from '../../services/file-work.ts';
import { postableError } from '../thread-error.ts';
import type { JobRequest, JobResponse } from './protocol.ts';

if (!parentPort) throw new Error('thread.ts runs as a worker thread only');
const port = parentPort;

let work: FileWork = inlineFileWork();

/** gc exists because the pool sets --expose-gc; a full collection of a big heap takes ~0.1 s, off the event loop. */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

async function handle(request: JobRequest): Promise<unknown> {
  switch (request.kind) {
    case 'read': {
      work = inlineFileWork();
      const summary = await work.read(request.files);
      // What the reader built on the way (exceljs's workbook: hundreds of MB for a large sheet) is garbage
      // now; collected before the plan, so the thread's peak is the reader's, not reader and plan together.
      collectGarbage();
      return summary;
    }
    case 'plan':
      return work.plan(request.existing);
    case 'write':
      return work.write(request.backup, request.format, request.options);
    case 'end':
      work = inlineFileWork();
      // The job's data is unreachable now: collect it, so the heap size reported is what stays alive and
      // V8 can give a big import's pages back.
      collectGarbage();
      return null;
  }
}

port.on('message', async (request: JobRequest) => {
  let response: JobResponse;
  try {
    const result = await handle(request);
    response = { id: request.id, ok: true, result, heapBytes: getHeapStatistics().used_heap_size };
  } catch (error) {
    response = {
      id: request.id,
      ok: false,
      error: postableError(error),
      heapBytes: getHeapStatistics().used_heap_size,
    };
  }
  port.postMessage(response);
});
