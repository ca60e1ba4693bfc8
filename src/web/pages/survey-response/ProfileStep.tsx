/**
 * "Klopt de beschrijving van uw organisatie?": each profile text as the map has it, in a text box the
 * respondent can correct. Only a text that differs from the map's is kept as a correction (the coordinator
 * takes it over or not); anything else goes in the remarks box. Not required: an untouched box says "klopt".
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useTranslation } from 'react-i18next';
import { PROFILE_FIELDS, type ProfileField } from '../../../domain/index.ts';
import {
  type AnswersDraft,
  correctProfile,
  type PlacedProblem,
} from '../../state/survey-response/answers-form.ts';

interface ProfileStepProps {
  actorName: string;
  /** The profile texts on the map. */
  current: Readonly<Record<ProfileField, string>>;
  draft: AnswersDraft;
  problems: readonly PlacedProblem[];
  onChange(next: AnswersDraft): void;
}

export function ProfileStep({ actorName, current, draft, problems, onChange }: ProfileStepProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="respondent-profile" className="kv-respondent-step">
      <Heading level={2} id="respondent-profile">
        {t('respondent.steps.profile')}
      </Heading>
      <Paragraph>{t('respondent.profile.intro', { name: actorName })}</Paragraph>
      {PROFILE_FIELDS.map((field) => {
        const id = `respondent-profile-${field}`;
        const corrected = draft.profile[field] !== undefined;
        const problem = problems.find((candidate) => candidate.fieldId === id);
        return (
          <div key={field} className="kv-field">
            <label htmlFor={id}>{t(`actorForm.${field}`)}</label>
            <span id={`${id}-state`} className="kv-hint">
              {corrected
                ? t('respondent.profile.changed')
                : current[field]
                  ? t('respondent.profile.unchanged')
                  : t('respondent.profile.empty')}
            </span>
            <textarea
              id={id}
              rows={3}
              aria-describedby={`${id}-state`}
              aria-invalid={problem ? true : undefined}
              value={draft.profile[field] ?? current[field]}
              onChange={(event) => onChange(correctProfile(draft, field, event.target.value, current[field]))}
            />
            {problem && <span className="kv-field-error">{problem.reason}</span>}
          </div>
        );
      })}
      <div className="kv-field">
        <label htmlFor="respondent-profile-remarks">{t('respondent.steps.profileHint')}</label>
        <textarea
          id="respondent-profile-remarks"
          rows={3}
          value={draft.profileRemarks}
          onChange={(event) => onChange({ ...draft, profileRemarks: event.target.value })}
        />
      </div>
    </section>
  );
}
