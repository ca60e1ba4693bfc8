/**
 * What-if mode: imagine a new contact or a relatie gone, stack several such changes and see what they do
 * to every index. Nothing is saved and the map does not change; the panel says so.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhatIfResult } from '../../../../analysis/index.ts';
import type { WorkspaceGraph } from '../../../../domain/index.ts';
import type { WhatIfChange } from '../../../state/analysis/index.ts';
import { dutchCollator } from '../../../state/collator.ts';
import { WhatIfAddTie } from './WhatIfAddTie.tsx';
import { WhatIfChanges } from './WhatIfChanges.tsx';
import { WhatIfRemove } from './WhatIfRemove.tsx';

interface WhatIfPanelProps {
  data: WorkspaceGraph;
  changes: readonly WhatIfChange[];
  onChanges(changes: WhatIfChange[]): void;
  result: WhatIfResult | null;
  selectedId: string | null;
  setMapPicker(picker: ((id: string) => void) | null): void;
}

export function WhatIfPanel({
  data,
  changes,
  onChanges,
  result,
  selectedId,
  setMapPicker,
}: WhatIfPanelProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const names = useMemo(() => new Map(data.actors.map((actor) => [actor.id, actor.name])), [data]);
  const spelers = useMemo(
    () => [...data.actors].sort((a, b) => dutchCollator.compare(a.name, b.name)),
    [data],
  );
  return (
    <section aria-labelledby="what-if-heading">
      <h3 id="what-if-heading">{t('diagnose.whatIf.title')}</h3>
      <p className="kv-notice">{t('diagnose.whatIf.notSaved')}</p>
      <p className="kv-muted" role="status">
        {message}
      </p>
      <WhatIfAddTie
        data={data}
        spelers={spelers}
        names={names}
        changes={changes}
        onChanges={onChanges}
        onMessage={setMessage}
        setMapPicker={setMapPicker}
      />
      <WhatIfRemove
        data={data}
        spelers={spelers}
        names={names}
        selectedId={selectedId}
        changes={changes}
        onChanges={onChanges}
      />
      <WhatIfChanges data={data} names={names} changes={changes} onChanges={onChanges} result={result} />
    </section>
  );
}
