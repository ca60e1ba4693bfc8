/** Whether the window is phone-narrow (the width at which the shell stacks the panel below the map). */
import { useEffect, useState } from 'react';

const NARROW = '(max-width: 48rem)';

export function useNarrowScreen(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const update = () => setNarrow(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return narrow;
}
