/**
 * "Zoek een speler": finds spelers by a part of their name as the user types, lists the best matches as
 * links to their panel, and says so when nothing matches. Enter opens the first match. The matches are
 * announced through a status region, so screen-reader users hear them without leaving the box.
 */
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceGraph } from '../../../../domain/index.ts';
import { followLink } from '../../../router.ts';
import { searchByName } from '../../../state/actor-search.ts';

interface MapSearchProps {
  data: WorkspaceGraph;
  hrefOfActor(actorId: string): string;
  onOpen(actorId: string): void;
}

const SHOWN = 8;

export function MapSearch({ data, hrefOfActor, onOpen }: MapSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const matches = useMemo(() => searchByName(data.actors, text, SHOWN + 1), [data, text]);
  const shown = matches.slice(0, SHOWN);
  const typed = text.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const first = shown[0];
    if (first) {
      onOpen(first.id);
      setText('');
    }
  };

  let summary = '';
  if (typed && shown.length === 0) summary = t('shell.search.none', { text: typed });
  else if (typed && matches.length > SHOWN) summary = t('shell.search.many', { count: SHOWN });
  else if (typed) summary = t('shell.search.found', { count: shown.length });

  return (
    <search className="kv-map-search">
      <form onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && setText('')}>
        <label htmlFor={`${id}-text`}>{t('shell.search.label')}</label>
        <input
          id={`${id}-text`}
          type="search"
          className="utrecht-textbox"
          value={text}
          autoComplete="off"
          aria-describedby={`${id}-summary`}
          placeholder={t('shell.search.placeholder')}
          onChange={(event) => setText(event.target.value)}
        />
      </form>
      <p id={`${id}-summary`} className="kv-map-search-summary" role="status">
        {summary}
      </p>
      {shown.length > 0 && (
        <ul className="kv-map-search-results" aria-label={t('shell.search.results')}>
          {shown.map((actor) => (
            <li key={actor.id}>
              <a
                href={hrefOfActor(actor.id)}
                onClick={(event) => {
                  followLink(event);
                  setText('');
                }}
              >
                {actor.name} <span className="kv-muted">· {t(`force.${actor.force}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </search>
  );
}
