/**
 * "Hoe ziet u de spelers bij dit vraagstuk?": per vraagstuk of the round, the spelers the respondent
 * places, each with invloed, belang and standpunt as three labelled selects (a phone's own picker; "weet
 * ik niet" leaves one open). Their own organisation and the spelers they named are offered with one tap;
 * any other speler of the roster can be searched. Only a position with all three answers counts on the map,
 * and the page says so beside an incomplete one.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  POWER_MAX,
  POWER_MIN,
  type RespondentView,
  STANCE_MAX,
  STANCE_MIN,
  STANCE_NAMES,
} from '../../../domain/index.ts';
import {
  type AnswersDraft,
  fieldIdOf,
  isComplete,
  type PlacedProblem,
  type PositionDraft,
  placedActorIds,
  type RosterActor,
  searchRoster,
  suggestedForTopic,
} from '../../state/survey-response/answers-form.ts';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const SCALE = range(POWER_MIN, POWER_MAX);
const STANCES = range(STANCE_MIN, STANCE_MAX);

interface PositionsStepProps {
  topic: RespondentView['survey']['topics'][number];
  draft: AnswersDraft;
  /** Every speler that can be placed: the roster and the respondent's own. */
  actors: readonly RosterActor[];
  ownActorId: string;
  problems: readonly PlacedProblem[];
  onAdd(actorId: string): void;
  onChange(key: string, change: Partial<Pick<PositionDraft, 'invloed' | 'belang' | 'standpunt'>>): void;
  onRemove(position: PositionDraft): void;
}

export function PositionsStep({
  topic,
  draft,
  actors,
  ownActorId,
  problems,
  onAdd,
  onChange,
  onRemove,
}: PositionsStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  const positions = draft.positions.filter((position) => position.topicId === topic.id);
  const suggested = suggestedForTopic(draft, ownActorId, topic.id).filter((actorId) => names.has(actorId));
  const { groups, matched } = searchRoster(actors, query, placedActorIds(draft, topic.id));
  const headingId = `${id}-heading`;

  return (
    <section aria-labelledby={headingId} className="kv-respondent-step">
      <Heading level={2} id={headingId}>
        {t('respondent.positions.title', { topic: topic.name })}
      </Heading>
      {topic.description && <Paragraph className="kv-respondent-intro">{topic.description}</Paragraph>}
      <Paragraph>{t('respondent.positions.intro')}</Paragraph>

      {positions.length === 0 && <Paragraph>{t('respondent.positions.empty')}</Paragraph>}
      {positions.map((position) => {
        const name = names.get(position.actorId) ?? '';
        const problem = problems.find((candidate) => candidate.tieKey === position.key);
        const select = (field: 'invloed' | 'belang' | 'standpunt', values: number[]) => (
          <div className="kv-field">
            <label htmlFor={fieldIdOf(position.key, field)}>{t(`respondent.positions.${field}`)}</label>
            <select
              id={fieldIdOf(position.key, field)}
              value={position[field] === null ? '' : String(position[field])}
              onChange={(event) =>
                onChange(position.key, {
                  [field]: event.target.value === '' ? null : Number(event.target.value),
                })
              }
            >
              <option value="">{t('respondent.positions.unknown')}</option>
              {values.map((value) => (
                <option key={value} value={value}>
                  {field === 'standpunt'
                    ? t(`topics.stance.${STANCE_NAMES[String(value) as keyof typeof STANCE_NAMES]}`)
                    : t(`respondent.positions.${field}Value.${value}`)}
                </option>
              ))}
            </select>
          </div>
        );
        return (
          // The frame is the div's: the page's fieldsets have none.
          <div key={position.key} className="kv-tie">
            <fieldset id={fieldIdOf(position.key, 'position')}>
              <legend>
                {position.actorId === ownActorId ? t('respondent.positions.own', { name }) : name}
              </legend>
              <div className="kv-position-scores">
                {select('invloed', SCALE)}
                {select('belang', SCALE)}
                {select('standpunt', STANCES)}
              </div>
              {!isComplete(position) && <p className="kv-hint">{t('respondent.positions.incomplete')}</p>}
              {problem && <p className="kv-field-error">{problem.reason}</p>}
              <Button
                purpose="subtle"
                hint="negative"
                aria-label={t('respondent.positions.removeNamed', { name })}
                onClick={() => onRemove(position)}
              >
                {t('respondent.positions.remove')}
              </Button>
            </fieldset>
          </div>
        );
      })}

      {suggested.length > 0 && (
        <div className="kv-position-suggestions">
          <p className="kv-hint">{t('respondent.positions.suggested')}</p>
          <ul>
            {suggested.map((actorId) => (
              <li key={actorId}>
                <Button
                  purpose="secondary"
                  aria-label={t('respondent.positions.placeNamed', {
                    name: names.get(actorId),
                    topic: topic.name,
                  })}
                  onClick={() => onAdd(actorId)}
                >
                  {names.get(actorId)}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="kv-field">
        <label htmlFor={`${id}-search`}>{t('respondent.positions.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          value={query}
          aria-describedby={`${id}-count`}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p id={`${id}-count`} className="kv-hint" role="status">
        {query.trim() === ''
          ? ''
          : matched === 0
            ? t('respondent.noResults')
            : t('respondent.resultsCount', { count: matched })}
      </p>
      {query.trim() !== '' && (
        <ul className="kv-roster-group">
          {groups.flatMap((group) =>
            group.actors.map((actor) => (
              <li key={actor.id} className="kv-roster-item">
                <span>
                  {actor.name} <span className="kv-tie-tag">({t(`force.${actor.force}`)})</span>
                </span>
                <Button
                  purpose="secondary"
                  aria-label={t('respondent.positions.placeNamed', { name: actor.name, topic: topic.name })}
                  onClick={() => {
                    onAdd(actor.id);
                    setQuery('');
                  }}
                >
                  {t('respondent.positions.place')}
                </Button>
              </li>
            )),
          )}
        </ul>
      )}
    </section>
  );
}
