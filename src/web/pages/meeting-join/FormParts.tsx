/** Small parts the participant's forms share: a field's error, and the form's outcome beside its button. */

/** A field's error, tied to the field by the field's aria-describedby (`<id>-error`). */
export function FieldProblemText({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="kv-field-error">
      {message}
    </p>
  );
}

/**
 * Below the send button: what went wrong with the whole form (an alert), and what was sent (a polite
 * status, always in the page so screen readers hear it change).
 */
export function FormOutcome({ error, sent }: { error: string; sent: string }) {
  return (
    <>
      {error && (
        <p className="kv-alert kv-join-form-error" role="alert">
          {error}
        </p>
      )}
      <p className={sent ? 'kv-join-sent kv-join-sent--shown' : 'kv-join-sent'} role="status">
        {sent}
      </p>
    </>
  );
}
