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

/**
 * What a form shows when saving failed: a conflict (409: a colleague changed the record, or its name is
 * taken) as the server's sentence at the top of the form, anything else per field.
 */
export function saveErrors(error: unknown, fallback: string): Record<string, string> {
  if (error instanceof ApiProblem && error.status === 409) return { form: error.detail ?? error.message };
  return fieldErrors(error, fallback);
}

/** One sentence for a refusal: the server's detail (in the user's language), else its title, else `fallback`. */
export function problemText(error: unknown, fallback: string): string {
  return error instanceof ApiProblem ? (error.detail ?? error.message) : fallback;
}
