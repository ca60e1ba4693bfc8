/**
 * One tie of a respondent: which relation types (for a directed type both ways: "onze organisatie
 * financiert X", "X financiert onze organisatie"), how often, and PARTNER's trust and value items on their
 * four-point scale, as far as the round asks them; a note; remove. Folds to one line that says how much is
 * answered, so fifteen ties stay manageable on a phone. Each group of choices is a fieldset with a legend,
 * and a problem from the last save sits beside the field it concerns.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { useTranslation } from 'react-i18next';
import {
  PARTNER_SCALE_MAX,
  PARTNER_SCALE_MIN,
  RELATION_TYPE_TRAITS,
  type RespondentView,
} from '../../../domain/index.ts';
import {
  answeredCount,
  CONTACT_FREQUENCIES,
  fieldIdOf,
  type PlacedProblem,
  type TieDraft,
  TRUST_ITEMS,
  toggled,
  VALUE_ITEMS,
} from '../../state/survey-response/answers-form.ts';

interface TieEditorProps {
  tie: TieDraft;
  name: string;
  proposed: boolean;
  survey: RespondentView['survey'];
  openAtStart: boolean;
  problems: readonly PlacedProblem[];
  onChange(fields: Partial<Omit<TieDraft, 'key'>>): void;
  onRemove(): void;
}

const SCORES = Array.from(
  { length: PARTNER_SCALE_MAX - PARTNER_SCALE_MIN + 1 },
  (_, k) => PARTNER_SCALE_MIN + k,
);

export function TieEditor({
  tie,
  name,
  proposed,
  survey,
  openAtStart,
  problems,
  onChange,
  onRemove,
}: TieEditorProps) {
  const { t } = useTranslation();
  const asked = survey.relationTypes;
  const problemFor = (field: string) => problems.find((problem) => problem.field === field);
  const { answered, asked: questions } = answeredCount(tie, survey.questions);

  function errorOf(field: string) {
    const problem = problemFor(field);
    return problem ? (
      <span className="kv-field-error" id={`${fieldIdOf(tie.key, field)}-error`}>
        {problem.reason}
      </span>
    ) : null;
  }
  const describedBy = (field: string) =>
    problemFor(field) ? `${fieldIdOf(tie.key, field)}-error` : undefined;

  function scale(kind: 'trust' | 'value', items: readonly string[]) {
    const values = tie[kind] as Record<string, number | null>;
    return (
      <fieldset className="kv-tie-scale">
        <legend>{t(kind === 'trust' ? 'respondent.tie.trust' : 'respondent.tie.value')}</legend>
        <p className="kv-hint">
          {t(kind === 'trust' ? 'respondent.tie.trustHint' : 'respondent.tie.valueHint', { name })}
        </p>
        {items.map((item) => {
          const field = `${kind}.${item}`;
          return (
            <fieldset
              key={item}
              id={fieldIdOf(tie.key, field)}
              className="kv-tie-item"
              aria-describedby={describedBy(field)}
            >
              <legend>{t(`respondent.items.${item}`, { name })}</legend>
              <div className="kv-tie-scores">
                {SCORES.map((score) => (
                  <label key={score}>
                    <input
                      type="radio"
                      name={`${tie.key}-${field}`}
                      value={score}
                      checked={values[item] === score}
                      onChange={() => onChange({ [kind]: { ...values, [item]: score } })}
                    />
                    {t(`respondent.scale.${score}`)}
                  </label>
                ))}
              </div>
              {errorOf(field)}
            </fieldset>
          );
        })}
      </fieldset>
    );
  }

  return (
    <details className="kv-tie" open={openAtStart || problems.length > 0} id={fieldIdOf(tie.key, 'tie')}>
      <summary className="kv-respondent-summary">
        <span className="kv-tie-name">{name}</span>
        {proposed && <span className="kv-tie-tag"> ({t('respondent.propose.proposedTag')})</span>}
        <span className="kv-tie-progress">
          {' '}
          · {t('respondent.tie.summary', { answered, asked: questions })}
        </span>
      </summary>
      {errorOf('tie')}
      <fieldset
        id={fieldIdOf(tie.key, 'types')}
        aria-describedby={describedBy('types') ?? describedBy('reverseTypes')}
      >
        <legend>{t('respondent.tie.types')}</legend>
        <p className="kv-hint">{t('respondent.tie.typesHint')}</p>
        {asked.map((type) => {
          const label = t(`relationType.${type}`);
          const directed = RELATION_TYPE_TRAITS[type].directed;
          return (
            <div key={type} className="kv-tie-type">
              <label>
                <input
                  type="checkbox"
                  checked={tie.types.includes(type)}
                  onChange={(event) =>
                    onChange({ types: toggled(tie.types, type, event.target.checked, asked) })
                  }
                />
                {t('respondent.tie.typeOut', { type: label, name })}
              </label>
              {directed && (
                <label>
                  <input
                    type="checkbox"
                    checked={tie.reverseTypes.includes(type)}
                    onChange={(event) =>
                      onChange({ reverseTypes: toggled(tie.reverseTypes, type, event.target.checked, asked) })
                    }
                  />
                  {t('respondent.tie.typeIn', { type: label, name })}
                </label>
              )}
            </div>
          );
        })}
        {errorOf('types')}
        {errorOf('reverseTypes')}
      </fieldset>

      {survey.questions.includes('frequentie') && (
        <div className="kv-field">
          <label htmlFor={fieldIdOf(tie.key, 'frequency')}>{t('respondent.tie.frequency')}</label>
          <select
            id={fieldIdOf(tie.key, 'frequency')}
            value={tie.frequency ?? ''}
            aria-describedby={describedBy('frequency')}
            onChange={(event) =>
              onChange({
                frequency: event.target.value === '' ? null : (event.target.value as TieDraft['frequency']),
              })
            }
          >
            <option value="">{t('respondent.tie.frequencyNone')}</option>
            {CONTACT_FREQUENCIES.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(`respondent.frequencies.${frequency}`)}
              </option>
            ))}
          </select>
          {errorOf('frequency')}
        </div>
      )}

      {survey.questions.includes('vertrouwen') && scale('trust', TRUST_ITEMS)}
      {survey.questions.includes('waarde') && scale('value', VALUE_ITEMS)}

      <div className="kv-field">
        <label htmlFor={fieldIdOf(tie.key, 'note')}>{t('respondent.tie.note')}</label>
        <textarea
          id={fieldIdOf(tie.key, 'note')}
          rows={2}
          value={tie.note}
          aria-describedby={describedBy('note')}
          onChange={(event) => onChange({ note: event.target.value })}
        />
        {errorOf('note')}
      </div>
      <Button purpose="subtle" hint="negative" onClick={onRemove}>
        {t('respondent.tie.remove', { name })}
      </Button>
    </details>
  );
}
