/**
 * One assessment in words: confirmed (with its ratings and their meaning) or denied, its note, its source,
 * and who recorded it when. The same text in the list and in the form's "someone else got there first".
 */
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../domain/index.ts';
import { claimSentences, recordedSentence } from './assessment-words.ts';

interface ClaimTextProps {
  assessment: Assessment;
  memberName(userId: string): string | undefined;
}

export function ClaimText({ assessment, memberName }: ClaimTextProps) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="kv-assessment-claim">
        {claimSentences(t, assessment).map((sentence, index) => (
          // The first sentence (confirms or denies) is what matters most.
          <span key={sentence}>{index === 0 ? <strong>{sentence}</strong> : sentence} </span>
        ))}
      </p>
      {assessment.note && <p className="kv-prewrap">{assessment.note}</p>}
      {assessment.source && <p>{t('assessments.source', { source: assessment.source })}</p>}
      <p className="kv-muted">{recordedSentence(t, i18n.language, assessment, memberName)}</p>
    </>
  );
}
