/** Turns an API problem into per-field messages (first message per field wins) plus a form-level one. */
import { ApiProblem } from '../api/client.ts';
import { fieldOf } from './actor-form.ts';

export function fieldErrors(error: unknown, fallback: string): Record<string, string> {
  if (!(error instanceof ApiProblem)) return { form: fallback };
  const errors: Record<string, string> = {};
  for (const param of error.invalidParams) errors[fieldOf(param.name)] ??= param.reason;
  if (Object.keys(errors).length === 0) errors.form = error.message;
  return errors;
}
