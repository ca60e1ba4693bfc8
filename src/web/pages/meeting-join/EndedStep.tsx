/**
 * The end of participation: the meeting closed (the live stream said so), or the token stopped working
 * (the server gives one 404 whatever the reason, so the text names both). What the participant sent stays
 * readable, with its last known status; a button leads back to the code entry.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeContribution } from '../../state/meeting/participant-view.ts';
import { MineSection } from './MineSection.tsx';
import type { EndedSnapshot, EndReason } from './ParticipantPage.tsx';

interface EndedStepProps {
  reason: EndReason;
  snapshot: EndedSnapshot | null;
  onAgain(): void;
}

export function EndedStep({ reason, snapshot, onAgain }: EndedStepProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = reason === 'closed' ? t('meetingJoin.ended.closedTitle') : t('meetingJoin.ended.goneTitle');

  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  return (
    <section aria-labelledby="join-ended-title" className="kv-join">
      <Heading level={1} id="join-ended-title" tabIndex={-1} ref={heading}>
        {title}
      </Heading>
      <Paragraph>
        {reason === 'closed' ? t('meetingJoin.ended.closedText') : t('meetingJoin.ended.goneText')}
      </Paragraph>
      <Button purpose="primary" className="kv-join-button" onClick={onAgain}>
        {t('meetingJoin.ended.again')}
      </Button>
      {snapshot && snapshot.own.length > 0 && (
        <MineSection
          id="join-ended-mine"
          title={t('meetingJoin.ended.yours')}
          contributions={snapshot.own}
          describe={(contribution) => describeContribution(contribution, t, snapshot.names)}
          meetingOpen={false}
        />
      )}
    </section>
  );
}
