/**
 * "Wat anderen zeggen": what others sent that the facilitator took over, newest first, each with "Klopt"
 * and "Klopt niet" as toggle buttons (aria-pressed) with their counts. Pressing the chosen one again takes
 * the reaction back. A long list shows 20 at a time: an old phone stays quick in a busy meeting.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contribution, ReactionVerdict } from '../../../domain/index.ts';

export const OTHERS_PAGE = 20;

interface OthersSectionProps {
  id: string;
  contributions: readonly Contribution[];
  describe(contribution: Contribution): string;
  /** The participant's own verdict on each, as this phone knows it. */
  verdictOf(contribution: Contribution): ReactionVerdict | null;
  /** The one being sent, if any: its buttons show as busy. */
  reacting: string | null;
  /** A problem with a reaction, shown under its contribution. */
  problem: { id: string; message: string } | null;
  canReact: boolean;
  onReact(contribution: Contribution, verdict: ReactionVerdict): void;
}

export function OthersSection({
  id,
  contributions,
  describe,
  verdictOf,
  reacting,
  problem,
  canReact,
  onReact,
}: OthersSectionProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(OTHERS_PAGE);
  const visible = contributions.slice(0, shown);

  return (
    <section aria-labelledby={id} className="kv-join-section">
      <Heading level={2} id={id}>
        {t('meetingJoin.others.title')}
      </Heading>
      <Paragraph>{t('meetingJoin.others.intro')}</Paragraph>
      {contributions.length === 0 && (
        <Paragraph className="kv-muted">{t('meetingJoin.others.empty')}</Paragraph>
      )}
      <ul className="kv-join-list">
        {visible.map((contribution) => {
          const textId = `${id}-${contribution.id}`;
          const verdict = verdictOf(contribution);
          const busy = reacting === contribution.id;
          const { content } = contribution;
          return (
            <li key={contribution.id} className="kv-join-item">
              <p id={textId} className="kv-join-line kv-join-item-text">
                {describe(contribution)}
              </p>
              {content.kind === 'actor' && content.why && (
                <p className="kv-join-line">{t('meetingJoin.others.why', { why: content.why })}</p>
              )}
              <p className="kv-join-line kv-hint">
                {t('meetingJoin.others.by', { group: contribution.groupName })}
              </p>
              {canReact && (
                <div className="kv-join-reactions">
                  <Button
                    purpose="secondary"
                    className="kv-join-button"
                    toggle
                    pressed={verdict === 'klopt'}
                    busy={busy}
                    aria-describedby={textId}
                    onClick={() => !busy && onReact(contribution, 'klopt')}
                  >
                    {t('meetingJoin.others.klopt', { count: contribution.reactions.klopt })}
                  </Button>
                  <Button
                    purpose="secondary"
                    className="kv-join-button"
                    toggle
                    pressed={verdict === 'klopt_niet'}
                    busy={busy}
                    aria-describedby={textId}
                    onClick={() => !busy && onReact(contribution, 'klopt_niet')}
                  >
                    {t('meetingJoin.others.kloptNiet', { count: contribution.reactions.kloptNiet })}
                  </Button>
                </div>
              )}
              {problem?.id === contribution.id && (
                <p className="kv-field-error" role="alert">
                  {problem.message}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {contributions.length > shown && (
        <>
          <p className="kv-hint">
            {t('meetingJoin.others.shown', { shown: visible.length, count: contributions.length })}
          </p>
          <Button
            purpose="secondary"
            className="kv-join-button"
            onClick={() => setShown(shown + OTHERS_PAGE)}
          >
            {t('meetingJoin.others.more')}
          </Button>
        </>
      )}
    </section>
  );
}
