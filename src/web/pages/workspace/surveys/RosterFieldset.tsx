/**
 * "Wie kunnen deelnemers noemen?": every speler of the werkruimte, only the round's other respondents (a
 * closed network), or a chosen list — built a kracht at a time or one by one, each removable. The list is
 * kept while the coordinator tries another choice, and only sent when `chosen` is picked.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FORCES, type GraphActor, SURVEY_ROSTERS, type SurveyRoster } from '../../../../domain/index.ts';
import { FieldError } from '../../../components/FieldError.tsx';
import { dutchCollator } from '../../../state/collator.ts';
import { addedToRoster } from '../../../state/surveys/survey-form.ts';
import { ActorChooser } from './ActorChooser.tsx';

interface RosterFieldsetProps {
  actors: readonly GraphActor[];
  roster: SurveyRoster;
  rosterActorIds: readonly string[];
  error?: string;
  onChange(change: { roster?: SurveyRoster; rosterActorIds?: string[] }): void;
}

export function RosterFieldset({ actors, roster, rosterActorIds, error, onChange }: RosterFieldsetProps) {
  const { t } = useTranslation();
  const id = useId();
  const byId = useMemo(() => new Map(actors.map((actor) => [actor.id, actor])), [actors]);
  const chosen = rosterActorIds
    .flatMap((actorId) => byId.get(actorId) ?? [])
    .sort((a, b) => dutchCollator.compare(a.name, b.name));
  const chosenIds = new Set(rosterActorIds);
  const add = (ids: string[]) => onChange({ rosterActorIds: addedToRoster(rosterActorIds, ids) });

  return (
    <fieldset
      className="kv-fieldset"
      aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
    >
      <legend>{t('surveyRoster.legend')}</legend>
      <p id={`${id}-hint`} className="kv-hint">
        {t('surveyRoster.hint')}
      </p>
      {SURVEY_ROSTERS.map((option) => (
        <label key={option} className="kv-checkbox">
          <input
            type="radio"
            name={`${id}-roster`}
            value={option}
            checked={roster === option}
            onChange={() => onChange({ roster: option })}
          />{' '}
          {t(`surveyRoster.option.${option}`)}
        </label>
      ))}
      {roster === 'chosen' && (
        <div className="kv-survey-roster">
          <p className="kv-hint">{t('surveyRoster.byForce')}</p>
          <div className="kv-actions">
            {FORCES.map((force) => {
              const missing = actors.filter((actor) => actor.force === force && !chosenIds.has(actor.id));
              return (
                <Button
                  key={force}
                  purpose="secondary"
                  type="button"
                  disabled={missing.length === 0}
                  onClick={() => add(missing.map((actor) => actor.id))}
                >
                  {t('surveyRoster.addForce', { force: t(`force.${force}`), count: missing.length })}
                </Button>
              );
            })}
          </div>
          <ActorChooser
            actors={actors.filter((actor) => !chosenIds.has(actor.id))}
            searchLabel={t('surveyRoster.search')}
            selectLabel={t('surveyRoster.select')}
            buttonLabel={t('surveyRoster.add')}
            onChoose={(actor) => add([actor.id])}
          />
          <p className="kv-hint" role="status">
            {t('surveyRoster.count', { count: chosen.length })}
          </p>
          {chosen.length > 0 && (
            <ul className="kv-survey-roster-list">
              {chosen.map((actor) => (
                <li key={actor.id} className="kv-survey-roster-item">
                  <span>
                    {actor.name} <span className="kv-hint">({t(`force.${actor.force}`)})</span>
                  </span>
                  <Button
                    purpose="subtle"
                    type="button"
                    aria-label={t('surveyRoster.removeNamed', { name: actor.name })}
                    onClick={() =>
                      onChange({
                        rosterActorIds: rosterActorIds.filter((candidate) => candidate !== actor.id),
                      })
                    }
                  >
                    {t('surveyRoster.remove')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
