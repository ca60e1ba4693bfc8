/** An error as a worker thread can post it: structured clone keeps neither its class nor its stack. */
export function postableError(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}
