/** Messages between the server and a file-job thread (pool.ts ⇄ thread.ts). */

import type { ExportFormat } from '../../domain/index.ts';
import type { Backup, ExistingWorkspace, UploadedFile } from '../../formats/index.ts';
import type { ExportOptions } from '../../services/file-work.ts';

export type JobRequest =
  | { id: number; kind: 'read'; files: UploadedFile[] }
  | { id: number; kind: 'plan'; existing: ExistingWorkspace }
  | { id: number; kind: 'write'; backup: Backup; format: ExportFormat; options: ExportOptions }
  /** The job is over: drop what it kept (the import document). */
  | { id: number; kind: 'end' };

export type JobResponse =
  | { id: number; ok: true; result: unknown; heapBytes: number }
  | { id: number; ok: false; error: { name: string; message: string }; heapBytes: number };
