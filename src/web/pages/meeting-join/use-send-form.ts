/**
 * What the participant's three forms share: check the draft, send it through the page, show what went
 * wrong beside each field (and move the keyboard to the first field to fix), or show what was sent. A
 * second tap while a send is under way does nothing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContributionInput } from '../../../domain/index.ts';
import type { Checked, FieldProblem, SendResult } from '../../state/meeting/participant-forms.ts';

export type SendContribution = (input: ContributionInput, fields: readonly string[]) => Promise<SendResult>;

export function useSendForm<F extends string>(formId: string, fields: readonly F[], send: SendContribution) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState('');

  const idOf = (field: F) => `${formId}-${field}`;
  const message = (problem: FieldProblem) => t(`meetingJoin.problems.${problem.code}`, problem.values);

  function show(next: Partial<Record<F, string>>, form: string) {
    setErrors(next);
    setFormError(form);
    const first = fields.find((field) => next[field]);
    // After React has drawn the messages, so the field is read with its error.
    if (first) setTimeout(() => document.getElementById(idOf(first))?.focus(), 0);
  }

  async function submit(checked: Checked<F>, afterSent: () => void) {
    if (busy) return;
    setSent('');
    if (!checked.ok) {
      const next: Partial<Record<F, string>> = {};
      let form = '';
      for (const [field, problem] of Object.entries(checked.problems) as [string, FieldProblem][]) {
        if ((fields as readonly string[]).includes(field)) next[field as F] = message(problem);
        else form = message(problem);
      }
      show(next, form);
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError('');
    const result = await send(checked.input, fields);
    setBusy(false);
    if (result.ok) {
      setSent(result.sentText);
      afterSent();
    } else {
      show(result.fields as Partial<Record<F, string>>, result.form ?? '');
    }
  }

  /** A field the user changes loses its old error. */
  function touched(field: F) {
    if (errors[field]) setErrors({ ...errors, [field]: undefined });
    if (sent) setSent('');
  }

  /** The aria-describedby of a field: its hint (if any) and its error (when shown). */
  function describedBy(field: F, hint = false): string | undefined {
    const ids = [hint ? `${idOf(field)}-hint` : '', errors[field] ? `${idOf(field)}-error` : ''];
    return ids.filter(Boolean).join(' ') || undefined;
  }

  return { errors, formError, busy, sent, submit, touched, idOf, describedBy };
}
