/**
 * Choosing one speler on a phone: a search box and the matching names as large buttons (at most 30; a
 * short list is shown whole before anything is typed). Once chosen, the picker folds to the name and a
 * button to choose again. The element with the picker's `id` is what takes focus (the search box, or the
 * "choose another" button), so a form can send the keyboard to a picker that needs fixing.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingActor } from '../../../domain/index.ts';
import { type ActorIndexEntry, PICK_LIST_MAX, pickList } from '../../state/meeting/participant-view.ts';

interface ActorPickerProps {
  id: string;
  label: string;
  index: readonly ActorIndexEntry[];
  byId: ReadonlyMap<string, MeetingActor>;
  value: string | null;
  /** A speler chosen elsewhere in the same form, left out of the list. */
  exclude?: string | null;
  error?: string | undefined;
  onChange(actorId: string | null): void;
}

export function ActorPicker({
  id,
  label,
  index,
  byId,
  value,
  exclude = null,
  error,
  onChange,
}: ActorPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  // Where focus goes after a choice: to the chosen name, or back to the search box.
  const focusAfter = useRef<'chosen' | 'search' | null>(null);
  const chosenRef = useRef<HTMLParagraphElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const chosen = value ? byId.get(value) : undefined;

  useEffect(() => {
    if (focusAfter.current === 'chosen') chosenRef.current?.focus();
    if (focusAfter.current === 'search') searchRef.current?.focus();
    focusAfter.current = null;
  });

  const errorId = `${id}-error`;
  const errorText = error ? (
    <p id={errorId} className="kv-field-error">
      {error}
    </p>
  ) : null;

  if (value) {
    return (
      <div className="kv-join-picker kv-join-picker--chosen">
        <p id={`${id}-chosen`} className="kv-join-picked" tabIndex={-1} ref={chosenRef}>
          {t('meetingJoin.picker.chosen', { label, name: chosen?.name ?? '?' })}
          {chosen && <span className="kv-join-tag"> ({t(`force.${chosen.force}`)})</span>}
        </p>
        <Button
          id={id}
          purpose="secondary"
          className="kv-join-button"
          aria-label={t('meetingJoin.picker.changeNamed', { label })}
          aria-describedby={[`${id}-chosen`, error ? errorId : ''].filter(Boolean).join(' ')}
          onClick={() => {
            focusAfter.current = 'search';
            onChange(null);
          }}
        >
          {t('meetingJoin.picker.change')}
        </Button>
        {errorText}
      </div>
    );
  }

  const { shown, matched, browsing } = pickList(index, query, exclude);
  const typed = query.trim() !== '';
  let count = '';
  if (index.length === 0) count = t('meetingJoin.picker.none');
  else if (!typed) count = browsing ? '' : t('meetingJoin.picker.typeToSearch', { count: matched });
  else if (matched === 0) count = t('meetingJoin.picker.noResults');
  else if (matched > PICK_LIST_MAX)
    count = t('meetingJoin.picker.resultsCapped', { count: matched, shown: PICK_LIST_MAX });
  else count = t('meetingJoin.picker.results', { count: matched });

  return (
    <div className="kv-join-picker">
      <div className="kv-field kv-join-field">
        <label htmlFor={id}>{t('meetingJoin.picker.search', { label })}</label>
        <span id={`${id}-hint`} className="kv-hint">
          {t('meetingJoin.picker.hint')}
        </span>
        <input
          id={id}
          ref={searchRef}
          type="search"
          className="kv-join-input"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          value={query}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, `${id}-count`, error ? errorId : ''].filter(Boolean).join(' ')}
          onChange={(event) => setQuery(event.target.value)}
        />
        {errorText}
      </div>
      <p id={`${id}-count`} className="kv-hint" role="status">
        {count}
      </p>
      {shown.length > 0 && (
        <ul className="kv-join-matches">
          {shown.map((actor) => (
            <li key={actor.id}>
              <button
                type="button"
                className="kv-join-match"
                onClick={() => {
                  focusAfter.current = 'chosen';
                  setQuery('');
                  onChange(actor.id);
                }}
              >
                <span className="kv-visually-hidden">{t('meetingJoin.picker.choose')} </span>
                <span className="kv-join-match-name">{actor.name}</span>{' '}
                <span className="kv-join-tag">({t(`force.${actor.force}`)})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
