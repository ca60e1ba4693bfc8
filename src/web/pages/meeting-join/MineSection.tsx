/**
 * "Mijn bijdragen": everything this participant sent, newest first, with its status in words (wacht /
 * overgenomen / samengevoegd / niet overgenomen / ingetrokken) and, while the meeting is open, "Intrekken"
 * with a question right there (not a modal dialog: older phone browsers lack <dialog>). After a withdrawal
 * the keyboard stays on the contribution, which now says it was withdrawn. Also shown, without buttons,
 * once the meeting has closed.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contribution } from '../../../domain/index.ts';
import { canWithdraw, isStanding, statusKey } from '../../state/meeting/participant-view.ts';

interface MineSectionProps {
  id: string;
  title: string;
  contributions: readonly Contribution[];
  describe(contribution: Contribution): string;
  meetingOpen: boolean;
  withdrawing?: string | null;
  problem?: { id: string; message: string } | null;
  /** Resolves true when the contribution was withdrawn. */
  onWithdraw?(contribution: Contribution): Promise<boolean>;
}

export function MineSection({
  id,
  title,
  contributions,
  describe,
  meetingOpen,
  withdrawing = null,
  problem = null,
  onWithdraw,
}: MineSectionProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const itemRefs = useRef(new Map<string, HTMLLIElement>());

  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);
  useEffect(() => {
    if (!focusId) return;
    itemRefs.current.get(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  async function confirm(contribution: Contribution) {
    const done = (await onWithdraw?.(contribution)) ?? false;
    setAsking(null);
    // Withdrawn: its button is gone, so the keyboard goes to the item; not withdrawn: back to the button.
    if (done) setFocusId(contribution.id);
    else setTimeout(() => document.getElementById(`${id}-${contribution.id}-withdraw`)?.focus(), 0);
  }

  return (
    <section aria-labelledby={id} className="kv-join-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {contributions.length === 0 && (
        <Paragraph className="kv-muted">{t('meetingJoin.mine.empty')}</Paragraph>
      )}
      <ul className="kv-join-list">
        {contributions.map((contribution) => {
          const textId = `${id}-${contribution.id}-text`;
          const { content } = contribution;
          const withdrawable = onWithdraw !== undefined && canWithdraw(contribution, meetingOpen);
          return (
            <li
              key={contribution.id}
              className="kv-join-item"
              tabIndex={-1}
              ref={(element) => {
                if (element) itemRefs.current.set(contribution.id, element);
                else itemRefs.current.delete(contribution.id);
              }}
            >
              <p id={textId} className="kv-join-line kv-join-item-text">
                {describe(contribution)}
              </p>
              {content.kind === 'actor' && content.why && (
                <p className="kv-join-line">{t('meetingJoin.others.why', { why: content.why })}</p>
              )}
              <p className={`kv-join-line kv-join-status kv-join-status--${contribution.status}`}>
                {t('meetingJoin.mine.status', { status: t(statusKey(contribution.status)) })}
              </p>
              {isStanding(contribution) &&
                contribution.reactions.klopt + contribution.reactions.kloptNiet > 0 && (
                  <p className="kv-join-line kv-hint">
                    {t('meetingJoin.mine.reactions', {
                      klopt: contribution.reactions.klopt,
                      kloptNiet: contribution.reactions.kloptNiet,
                    })}
                  </p>
                )}
              {withdrawable && asking !== contribution.id && (
                <Button
                  id={`${id}-${contribution.id}-withdraw`}
                  purpose="subtle"
                  hint="negative"
                  className="kv-join-button"
                  aria-describedby={textId}
                  onClick={() => setAsking(contribution.id)}
                >
                  {t('meetingJoin.mine.withdraw')}
                </Button>
              )}
              {withdrawable && asking === contribution.id && (
                <div className="kv-join-confirm">
                  <p className="kv-join-line" tabIndex={-1} ref={questionRef}>
                    {t('meetingJoin.mine.confirm')}
                  </p>
                  <div className="kv-join-reactions">
                    <Button
                      purpose="primary"
                      hint="negative"
                      className="kv-join-button"
                      busy={withdrawing === contribution.id}
                      aria-describedby={textId}
                      onClick={() => withdrawing !== contribution.id && void confirm(contribution)}
                    >
                      {t('meetingJoin.mine.confirmYes')}
                    </Button>
                    <Button
                      purpose="secondary"
                      className="kv-join-button"
                      onClick={() => {
                        setAsking(null);
                        setTimeout(
                          () => document.getElementById(`${id}-${contribution.id}-withdraw`)?.focus(),
                          0,
                        );
                      }}
                    >
                      {t('meetingJoin.mine.confirmNo')}
                    </Button>
                  </div>
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
    </section>
  );
}
