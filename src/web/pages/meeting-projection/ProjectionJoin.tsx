/**
 * How to join, for the back of the room: the code very large, the QR code a phone scans, and the address in
 * words. Only while the meeting is open: before, a note that it starts soon; after, "Gesloten" and no code.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingState } from '../../../domain/index.ts';
import { JoinQrCode, joinUrl } from '../../components/JoinQrCode.tsx';
import { codeHalves } from './meeting-views.ts';

export function ProjectionJoin({ code, state }: { code: string; state: MeetingState }) {
  const { t } = useTranslation();
  const headingId = useId();
  const closed = state === 'closed';
  const [first, second] = codeHalves(code);
  return (
    <section
      className={closed ? 'kv-projection-section kv-projection-join--closed' : 'kv-projection-section'}
      aria-labelledby={headingId}
      data-testid="projection-join"
    >
      <h2 id={headingId} className={closed ? 'kv-projection-closed' : 'kv-projection-heading'}>
        {closed ? t('projection.join.closed') : t('projection.join.heading')}
      </h2>
      {closed ? (
        <p className="kv-projection-quiet">{t('projection.join.closedText')}</p>
      ) : state === 'planned' ? (
        <p className="kv-projection-quiet">{t('projection.join.planned')}</p>
      ) : (
        <>
          <p className="kv-projection-code" data-testid="projection-code">
            <span className="kv-visually-hidden">{t('projection.join.codeLabel')}: </span>
            <span className="kv-projection-code-half">{first}</span>
            <span className="kv-projection-code-half">{second}</span>
          </p>
          <div className="kv-projection-join">
            <JoinQrCode url={joinUrl(code)} label={t('projection.join.qr')} size={240} />
            <p className="kv-projection-how">
              {t('projection.join.how', { address: `${window.location.host}/doe-mee`, code })}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
