/**
 * A status message that can take the keyboard focus: after an action that removes the button the user
 * pressed (a delete, a restore), `announce` shows the message and moves focus to it, so a keyboard or
 * screen-reader user keeps their place and hears what happened. `setStatus` only shows it.
 */
import { useEffect, useRef, useState } from 'react';

export function useAnnouncedStatus<T>(initial: T) {
  const [status, setStatus] = useState<T>(initial);
  const ref = useRef<HTMLParagraphElement>(null);
  const focusNext = useRef(false);
  useEffect(() => {
    if (status && focusNext.current) ref.current?.focus();
    focusNext.current = false;
  }, [status]);
  const announce = (next: T) => {
    focusNext.current = true;
    setStatus(next);
  };
  return { status, setStatus, announce, ref };
}
