/** A field's error message, tied to its input with aria-describedby by the caller. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="kv-field-error" role="alert">
      {message}
    </p>
  );
}
