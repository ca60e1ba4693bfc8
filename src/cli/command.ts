/** The shape of a CLI command: its name, one-line summary, full help text and what it runs. */
export interface Command {
  name: string;
  /** `seed demo [--if-empty]`, as shown in the command list. */
  usage: string;
  summary: string;
  help: string;
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}
