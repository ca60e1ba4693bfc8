/**
 * The `krachtenveld` command for tests, two ways. `spawnCli` starts the real binary (bin/krachtenveld.js) as
 * a child process, as a user runs it. `runCli` calls the same main() in this process, with the environment
 * variables, standard input and standard output and error it would have had as a process: no mock of the
 * database or of the command, only the process around it borrowed for the call. A process start costs 2–5 s
 * (Node, the TypeScript loader, the module graph, PGlite's WebAssembly); a call in process well under one.
 * Test files keep a few real spawns to prove the binary itself works: its exit codes, its pipes and that
 * the process ends once a command closed its database.
 */
import { execFile } from 'node:child_process';
import { Console } from 'node:console';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { promisify } from 'node:util';
import type { OnTestFinishedHandler } from 'vitest';
import { main } from '../../src/cli/index.ts';
import type { DatabaseOptions } from '../../src/store/index.ts';
import { createServerDatabase, templateDataDir } from './test-database.ts';

export interface CliResult {
  /** The exit code. */
  code: number;
  stdout: string;
  stderr: string;
}

/** Variables to set for the command; `undefined` unsets one. */
export type CliEnv = Record<string, string | undefined>;

const BIN = join(import.meta.dirname, '../../bin/krachtenveld.js');
const run = promisify(execFile);

/** Runs bin/krachtenveld.js in a child process; `input` is written to its standard input. */
export async function spawnCli(args: string[], env: CliEnv = {}, input?: string): Promise<CliResult> {
  try {
    const child = run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    if (input !== undefined) child.child.stdin?.end(input);
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A standard output or error that keeps what is written; not a terminal, like a pipe. */
class CapturedOutput extends Writable {
  readonly isTTY = false;
  private readonly chunks: Buffer[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    done();
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

type Stream = 'stdin' | 'stdout' | 'stderr';

/** Points process.stdin/stdout/stderr at the given streams; returns the function that puts them back. */
function borrowStreams(streams: Record<Stream, NodeJS.ReadableStream | NodeJS.WritableStream>): () => void {
  const originals = (Object.keys(streams) as Stream[]).map(
    (name) => [name, Object.getOwnPropertyDescriptor(process, name)] as const,
  );
  for (const [name, stream] of Object.entries(streams)) {
    Object.defineProperty(process, name, { configurable: true, enumerable: true, get: () => stream });
  }
  return () => {
    for (const [name, descriptor] of originals) {
      if (descriptor) Object.defineProperty(process, name, descriptor);
    }
  };
}

/** Sets the variables in process.env; returns the function that restores the previous values. */
function borrowEnv(env: CliEnv): () => void {
  const previous = Object.keys(env).map((name) => [name, process.env[name]] as const);
  const assign = ([name, value]: readonly [string, string | undefined]) => {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  for (const entry of Object.entries(env)) assign(entry);
  return () => {
    for (const entry of previous) assign(entry);
  };
}

let busy = false;

/**
 * Runs main(args), what bin/krachtenveld.js runs, in this process: `env` on top of this process's
 * environment, `input` as standard input (ended, as a pipe that was closed), and console, process.stdout and
 * process.stderr captured. Returns main's exit code. An error main does not handle is thrown (the binary
 * would print its stack and exit 1), so a crash never passes for an expected exit code 1. Commands run one
 * at a time; `serve` only for the ways it refuses to start (it would otherwise wait for Ctrl+C).
 */
export async function runCli(args: string[], env: CliEnv = {}, input?: string): Promise<CliResult> {
  if (busy) throw new Error('runCli runs one command at a time: it borrows process.env and the streams');
  busy = true;
  const stdout = new CapturedOutput();
  const stderr = new CapturedOutput();
  const stdin = new PassThrough();
  stdin.end(input ?? '');
  const restoreEnv = borrowEnv(env);
  const restoreStreams = borrowStreams({ stdin, stdout, stderr });
  const testConsole = globalThis.console;
  globalThis.console = new Console({ stdout, stderr });
  try {
    const code = await main(args);
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    globalThis.console = testConsole;
    restoreStreams();
    restoreEnv();
    busy = false;
  }
}

/**
 * A fresh database for a command, dropped or removed when the test ends: its options for the test's own
 * store and the environment for the command (a PGlite data folder from the run's template, or a new
 * database on the PostgreSQL server).
 */
export async function freshCliDatabase(
  backend: string,
  onTestFinished: (handler: OnTestFinishedHandler) => void,
  prefix = 'kv-cli-',
): Promise<{ options: DatabaseOptions; env: CliEnv }> {
  if (backend === 'postgres') {
    const server = await createServerDatabase();
    onTestFinished(() => server.drop());
    return { options: { kind: 'postgres', url: server.url, poolSize: 2 }, env: { DATABASE_URL: server.url } };
  }
  const dataDir = await templateDataDir(prefix);
  onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
  return {
    options: { kind: 'pglite', dataDir },
    env: { KRACHTENVELD_DATA_DIR: dataDir, DATABASE_URL: undefined },
  };
}
