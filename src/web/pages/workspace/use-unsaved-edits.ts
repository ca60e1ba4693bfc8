/**
 * What a panel with a form does about unsaved edits: tells the page (which asks before navigating away),
 * tells it again when the panel closes (its edits are gone then), and asks the browser to warn before the
 * page unloads while edits are open.
 */
import { useEffect } from 'react';

export function useUnsavedEdits(dirty: boolean, onDirtyChange?: (dirty: boolean) => void): void {
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
