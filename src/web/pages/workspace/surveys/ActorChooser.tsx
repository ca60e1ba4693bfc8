/**
 * Choosing one speler from a long list: a search box narrows a select to the best 30 matches (a select of
 * 50,000 names freezes the page), and a button does something with the chosen one. Plain form controls, so
 * it works by keyboard and with a screen reader without a custom combobox.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchByName } from '../../../state/actor-search.ts';
import { dutchCollator } from '../../../state/collator.ts';
import type { PickableActor } from '../../../state/surveys/respondent-draft.ts';

const SHOWN = 30;

interface ActorChooserProps {
  actors: readonly PickableActor[];
  searchLabel: string;
  selectLabel: string;
  buttonLabel: string;
  onChoose(actor: PickableActor): void;
}

export function ActorChooser({ actors, searchLabel, selectLabel, buttonLabel, onChoose }: ActorChooserProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState('');
  const sorted = useMemo(() => [...actors].sort((a, b) => dutchCollator.compare(a.name, b.name)), [actors]);
  const shown = text.trim() ? searchByName(sorted, text, SHOWN) : sorted.slice(0, SHOWN);
  // The choice follows the search: the best match, unless the user picked another one that still shows.
  const value = shown.some((actor) => actor.id === chosen) ? chosen : (shown[0]?.id ?? '');
  const more = text.trim() === '' && sorted.length > SHOWN;

  function choose() {
    const actor = shown.find((candidate) => candidate.id === value);
    if (!actor) return;
    onChoose(actor);
    setText('');
    setChosen('');
  }

  return (
    <div className="kv-actor-chooser">
      <div className="kv-field">
        <label htmlFor={`${id}-search`}>{searchLabel}</label>
        <input
          id={`${id}-search`}
          type="search"
          className="utrecht-textbox"
          value={text}
          autoComplete="off"
          aria-describedby={`${id}-count`}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            // Enter in the search box takes the best match, as in the map's search.
            if (event.key === 'Enter') {
              event.preventDefault();
              choose();
            }
          }}
        />
        <span id={`${id}-count`} className="kv-hint">
          {shown.length === 0
            ? t('surveys.chooser.none')
            : more
              ? t('surveys.chooser.more', { count: SHOWN })
              : t('surveys.chooser.found', { count: shown.length })}
        </span>
      </div>
      <div className="kv-field">
        <label htmlFor={`${id}-select`}>{selectLabel}</label>
        <select
          id={`${id}-select`}
          className="kv-select"
          value={value}
          disabled={shown.length === 0}
          onChange={(event) => setChosen(event.target.value)}
        >
          {shown.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name} ({t(`force.${actor.force}`)})
            </option>
          ))}
        </select>
      </div>
      <Button purpose="secondary" type="button" onClick={choose}>
        {buttonLabel}
      </Button>
    </div>
  );
}
