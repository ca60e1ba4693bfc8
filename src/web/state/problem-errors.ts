/** How the web shows what the server refused: one sentence, or per-field messages. */
import { ApiProblem } from '../api/client.ts';
import { fieldOf } from './actor-form.ts';

/** Per-field messages (first message per field wins) plus a form-level one. */
export function fieldErrors(error: unknown, fallback: string): Record<string, string> {
  if (!(error instanceof ApiProblem)) return { form: fallback };
  const errors: Record<string, string> = {};
  for (const param of error.invalidParams) errors[fieldOf(param.name)] ??= param.reason;
  if (Object.keys(errors).length === 0) errors.form = error.message;
  return errors;
}

/** One sentence for a refusal: the server's detail (in the user's language), else its title, else `fallback`. */
export function problemText(error: unknown, fallback: string): string {
  return error instanceof ApiProblem ? (error.detail ?? error.message) : fallback;
}
