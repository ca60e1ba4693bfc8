/**
 * What-if: the form to imagine a new contact. The two spelers come from the selects or, after "Kies op de
 * kaart", from a click on the map (the page routes that click here instead of selecting).
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationType, WorkspaceGraph } from '../../../../domain/index.ts';
import { RelationTypeSelect } from '../../../components/RelationTypeSelect.tsx';
import { addTie, tieExists, type WhatIfChange } from '../../../state/analysis/index.ts';

type Slot = 'source' | 'target';
const slotKey = (slot: Slot) => (slot === 'source' ? 'diagnose.whatIf.from' : 'diagnose.whatIf.to');

interface WhatIfAddTieProps {
  data: WorkspaceGraph;
  /** Spelers sorted by name, for the selects. */
  spelers: readonly { id: string; name: string }[];
  names: ReadonlyMap<string, string>;
  changes: readonly WhatIfChange[];
  onChanges(changes: WhatIfChange[]): void;
  onMessage(message: string): void;
  /** Routes the next click on the map to this function instead of selecting (null: back to selecting). */
  setMapPicker(picker: ((id: string) => void) | null): void;
}

export function WhatIfAddTie({
  data,
  spelers,
  names,
  changes,
  onChanges,
  onMessage,
  setMapPicker,
}: WhatIfAddTieProps) {
  const { t } = useTranslation();
  const [source, setSource] = useState('');
  const [target, setTarget] = useState('');
  const [type, setType] = useState<RelationType>('werkt_samen');
  const [picking, setPicking] = useState<Slot | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (!picking) {
      setMapPicker(null);
      return;
    }
    setMapPicker((id) => {
      (picking === 'source' ? setSource : setTarget)(id);
      setPicking(null);
      onMessage(t('diagnose.whatIf.picked', { name: names.get(id) ?? id, slot: t(slotKey(picking)) }));
    });
    return () => setMapPicker(null);
  }, [picking, setMapPicker, names, t, onMessage]);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const tie = { source, target, type };
    const problem =
      !source || !target || source === target
        ? t('diagnose.whatIf.chooseTwo')
        : tieExists(data.relations, changes, tie)
          ? t('diagnose.whatIf.exists')
          : '';
    setError(problem);
    if (problem) return;
    onChanges(addTie(changes, tie));
    onMessage(
      t('diagnose.whatIf.addedStatus', {
        source: names.get(source),
        type: t(`relationType.${type}`),
        target: names.get(target),
      }),
    );
  };

  const actorSelect = (slot: Slot, value: string, onChange: (id: string) => void) => (
    <div className="kv-field">
      <label htmlFor={`what-if-${slot}`}>{t(slotKey(slot))}</label>
      <div className="kv-inline-form">
        <select
          id={`what-if-${slot}`}
          className="kv-select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{t('diagnose.whatIf.choose')}</option>
          {spelers.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="kv-link-button"
          aria-pressed={picking === slot}
          onClick={() => {
            const next = picking === slot ? null : slot;
            setPicking(next);
            onMessage(next ? t('diagnose.whatIf.picking', { slot: t(slotKey(slot)) }) : '');
          }}
        >
          {t('diagnose.whatIf.pickOnMap')}
          <span className="kv-visually-hidden"> ({t(slotKey(slot))})</span>
        </button>
      </div>
    </div>
  );

  return (
    <form className="kv-subform" aria-labelledby="what-if-add-heading" onSubmit={add}>
      <h4 id="what-if-add-heading">{t('diagnose.whatIf.addTitle')}</h4>
      {actorSelect('source', source, setSource)}
      {actorSelect('target', target, setTarget)}
      <RelationTypeSelect
        id="what-if-type"
        label={t('diagnose.whatIf.type')}
        value={type}
        onChange={setType}
      />
      {error && (
        <p className="kv-field-error" role="alert">
          {error}
        </p>
      )}
      <Button type="submit" purpose="secondary">
        {t('diagnose.whatIf.add')}
      </Button>
    </form>
  );
}
