/**
 * "Who do you work with": a search over the roster (every word of the name, accents ignored), the matches
 * grouped by kracht, each with a button to choose it; and a small form to propose a name the roster lacks.
 * At most 30 matches are shown: on a phone, typing more of the name beats scrolling.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FORCES, type Force, type ProposedActor } from '../../../domain/index.ts';
import {
  type AnswersDraft,
  alreadyProposed,
  namedActorIds,
  type RosterActor,
  SEARCH_RESULTS_MAX,
  searchRoster,
} from '../../state/survey-response/answers-form.ts';

interface RosterPickerProps {
  roster: readonly RosterActor[];
  draft: AnswersDraft;
  onPick(target: { actorId: string } | { proposed: ProposedActor }): void;
}

export function RosterPicker({ roster, draft, onPick }: RosterPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [proposal, setProposal] = useState<{ name: string; force: Force }>({ name: '', force: 'instelling' });
  const [proposalError, setProposalError] = useState('');
  const { groups, matched } = searchRoster(roster, query, namedActorIds(draft));

  function propose(event: FormEvent) {
    event.preventDefault();
    const name = proposal.name.trim();
    if (!name) return setProposalError(t('respondent.propose.required'));
    if (alreadyProposed(draft, name)) return setProposalError(t('respondent.propose.duplicate'));
    setProposalError('');
    onPick({ proposed: { name, force: proposal.force } });
    setProposal({ ...proposal, name: '' });
  }

  return (
    <div className="kv-roster-picker">
      <div className="kv-field">
        <label htmlFor={`${id}-search`}>{t('respondent.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          value={query}
          aria-describedby={`${id}-search-hint ${id}-count`}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span id={`${id}-search-hint`} className="kv-hint">
          {t('respondent.searchHint')}
        </span>
      </div>
      <p id={`${id}-count`} className="kv-hint" role="status">
        {query.trim() === ''
          ? ''
          : matched === 0
            ? t('respondent.noResults')
            : matched > SEARCH_RESULTS_MAX
              ? t('respondent.resultsCapped', { count: matched, shown: SEARCH_RESULTS_MAX })
              : t('respondent.resultsCount', { count: matched })}
      </p>
      {query.trim() !== '' &&
        groups.map((group) => (
          <section key={group.force} className="kv-roster-group" aria-labelledby={`${id}-${group.force}`}>
            <h3 id={`${id}-${group.force}`} className="kv-roster-heading">
              {t(`force.${group.force}`)}
            </h3>
            <ul>
              {group.actors.map((actor) => (
                <li key={actor.id} className="kv-roster-item">
                  <span>{actor.name}</span>
                  <Button
                    purpose="secondary"
                    aria-label={t('respondent.addNamed', { name: actor.name })}
                    onClick={() => {
                      onPick({ actorId: actor.id });
                      setQuery('');
                    }}
                  >
                    {t('respondent.add')}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      <details className="kv-roster-propose">
        <summary className="kv-respondent-summary">{t('respondent.propose.title')}</summary>
        <form onSubmit={propose} noValidate>
          <div className="kv-field">
            <label htmlFor={`${id}-propose-name`}>{t('respondent.propose.name')}</label>
            <input
              id={`${id}-propose-name`}
              value={proposal.name}
              maxLength={200}
              aria-invalid={proposalError ? true : undefined}
              aria-describedby={proposalError ? `${id}-propose-error` : undefined}
              onChange={(event) => setProposal({ ...proposal, name: event.target.value })}
            />
            {proposalError && (
              <span id={`${id}-propose-error`} className="kv-field-error">
                {proposalError}
              </span>
            )}
          </div>
          <div className="kv-field">
            <label htmlFor={`${id}-propose-force`}>{t('respondent.propose.force')}</label>
            <select
              id={`${id}-propose-force`}
              value={proposal.force}
              onChange={(event) => setProposal({ ...proposal, force: event.target.value as Force })}
            >
              {FORCES.map((force) => (
                <option key={force} value={force}>
                  {t(`force.${force}`)}
                </option>
              ))}
            </select>
          </div>
          <p className="kv-hint">{t('respondent.propose.note')}</p>
          <Button type="submit" purpose="secondary">
            {t('respondent.propose.submit')}
          </Button>
        </form>
      </details>
    </div>
  );
}
