/**
 * A modal confirmation on the native <dialog> element: focus moves into it, Escape cancels, and focus
 * returns to where it was — the accessible behaviour browsers give <dialog> for free.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useEffect, useRef } from 'react';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="kv-dialog" aria-labelledby="kv-dialog-title" onCancel={onCancel}>
      <Heading level={2} id="kv-dialog-title">
        {title}
      </Heading>
      <Paragraph>{message}</Paragraph>
      <div className="kv-actions">
        <Button purpose="primary" hint="negative" onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button purpose="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </dialog>
  );
}
