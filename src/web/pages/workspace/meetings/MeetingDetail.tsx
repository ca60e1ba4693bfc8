/**
 * One bijeenkomst. While it is open: the join code, large, with its QR code and the address for the
 * projector; a link that opens the projection in a new window; auto-accept; closing (after a question);
 * how many take part and sent what per group; the queue to moderate and what was taken over so far. New
 * contributions are announced politely ("2 nieuwe bijdragen") for screen-reader users. Once closed: the
 * summary.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { Contribution, Meeting, MeetingUpdate, WorkspaceGraph } from '../../../../domain/index.ts';
import { ApiProblem, call } from '../../../api/client.ts';
import { queryKeyOf, useFreshEndpoint } from '../../../api/queries.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { JoinQrCode, joinUrl } from '../../../components/JoinQrCode.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { useAnnouncedStatus } from '../../../components/use-announced-status.ts';
import { projectionPath } from '../../../router.ts';
import { acceptedNewestFirst, groupCounts } from '../../../state/meeting/facilitator-counts.ts';
import { arrivals } from '../../../state/meeting/facilitator-queue.ts';
import { codeInGroups } from '../../../state/meeting/facilitator-words.ts';
import { contributionsInOrder } from '../../../state/meeting/live-meeting.ts';
import { problemText } from '../../../state/problem-errors.ts';
import { AcceptedList, ForceNote } from './AcceptedList.tsx';
import { MeetingSummaryView } from './MeetingSummaryView.tsx';
import { ModerationQueue } from './ModerationQueue.tsx';
import { useLiveMeeting } from './use-live-meeting.ts';

/** New contributions are told in one sentence per this many milliseconds, not one per arrival. */
const ANNOUNCE_EVERY_MS = 2_000;

interface MeetingDetailProps {
  workspaceId: string;
  meetingId: string;
  /** The meeting as the list had it, shown until it is read itself. */
  listed: Meeting | undefined;
  data: WorkspaceGraph;
  canEdit: boolean;
  topicName(topicId: string): string | undefined;
  /** Said once when the detail opens (right after starting the meeting). */
  notice: string;
  onBack(): void;
  onChanged(): void;
}

export function MeetingDetail({
  workspaceId,
  meetingId,
  listed,
  data,
  canEdit,
  topicName,
  notice,
  onBack,
  onChanged,
}: MeetingDetailProps) {
  const { t } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const input = useMemo(() => ({ params: { workspaceId, meetingId } }), [workspaceId, meetingId]);
  const query = useFreshEndpoint(contract.meetings.getMeeting, input);
  const meeting = query.data ?? listed;
  const closed = meeting?.state === 'closed';
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [closing, setClosing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState('');
  // The auto-accept box as clicked, until the server's answer says what it is.
  const [autoShown, setAutoShown] = useState<boolean | null>(null);
  const { status, setStatus, announce, ref: statusRef } = useAnnouncedStatus(notice);

  // Opened, closed or switched elsewhere (another window, a colleague): read the meeting and the list again.
  const refreshMeeting = useCallback(() => {
    void client.invalidateQueries({ queryKey: queryKeyOf(contract.meetings.getMeeting, input) });
    void client.invalidateQueries({
      queryKey: queryKeyOf(contract.meetings.listMeetings, { params: { workspaceId } }),
    });
  }, [client, input, workspaceId]);
  const {
    live,
    status: liveStatus,
    query: contributionsQuery,
    show,
    reload,
  } = useLiveMeeting(workspaceId, meetingId, meeting !== undefined && !closed, refreshMeeting);

  const actorNames = useMemo(
    () => new Map(data.actors.map((actor) => [actor.id, actor.name])),
    [data.actors],
  );
  const actorName = useCallback((actorId: string) => actorNames.get(actorId), [actorNames]);
  const arrived = useArrivalAnnouncement(live?.contributions);

  // Opening a meeting moves the focus to its name, once it is there, so a keyboard user starts reading there.
  const focused = useRef(false);
  const loaded = meeting !== undefined;
  useEffect(() => {
    if (!loaded || focused.current) return;
    focused.current = true;
    titleRef.current?.focus();
  }, [loaded]);

  async function update(change: Omit<MeetingUpdate, 'version'>, done: string, moveFocus: boolean) {
    if (!meeting || saving) return;
    setProblem('');
    setSaving(true);
    try {
      const saved = await call(contract.meetings.updateMeeting, {
        params: { workspaceId, meetingId },
        body: { version: meeting.version, ...change },
      });
      client.setQueryData(queryKeyOf(contract.meetings.getMeeting, input), saved);
      if (moveFocus) announce(done);
      else setStatus(done);
      onChanged();
    } catch (error) {
      setProblem(
        error instanceof ApiProblem && error.status === 409
          ? t('meetings.problem.changed')
          : problemText(error, t('errors.generic')),
      );
      refreshMeeting();
    } finally {
      setSaving(false);
      setAutoShown(null);
    }
  }

  const back = (
    <p>
      <button type="button" className="kv-link-button" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t('meetings.back')}
      </button>
    </p>
  );

  if (!meeting)
    return (
      <div className="kv-meeting-detail">
        {back}
        <QueryState query={query} />
      </div>
    );

  const topic = meeting.topicId ? topicName(meeting.topicId) : undefined;
  const contributions = live ? contributionsInOrder(live) : [];
  const pending = contributions.filter((contribution) => contribution.status === 'pending');
  const counts = groupCounts(meeting.groups, live?.participants ?? new Map(), contributions);
  const address = `${window.location.host}/doe-mee`;

  return (
    <div className="kv-meeting-detail">
      {back}
      <Heading level={3} id={`${id}-title`} ref={titleRef} tabIndex={-1}>
        {meeting.name}
      </Heading>
      <p>
        <span className={`kv-meeting-state kv-meeting-state--${meeting.state}`}>
          {t(`meetings.state.${meeting.state}`)}
        </span>{' '}
        {topic ? t('meetings.detail.onTopic', { topic }) : t('meetings.detail.noTopic')}
      </p>
      <p className="kv-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {problem && (
        <p className="kv-alert" role="alert">
          {problem}
        </p>
      )}

      {closed ? (
        <MeetingSummaryView workspaceId={workspaceId} meetingId={meetingId} actorName={actorName} />
      ) : (
        <>
          <section aria-labelledby={`${id}-join`} className="kv-meeting-join">
            <Heading level={4} id={`${id}-join`}>
              {t('meetings.detail.joinTitle')}
            </Heading>
            <p className="kv-meeting-code">
              <span className="kv-visually-hidden">{t('meetings.detail.code')} </span>
              {codeInGroups(meeting.code)}
            </p>
            <JoinQrCode
              url={joinUrl(meeting.code)}
              label={t('meetings.detail.qrLabel', { code: meeting.code })}
            />
            <p className="kv-meeting-address">{t('meetings.detail.address', { address })}</p>
            {meeting.state === 'planned' && <Paragraph>{t('meetings.detail.plannedHint')}</Paragraph>}
          </section>

          <div className="kv-actions kv-meeting-actions">
            <a
              className="nl-button nl-button--secondary kv-meeting-screen-link"
              href={projectionPath(workspaceId, meetingId)}
              target="_blank"
              rel="noopener"
            >
              {t('meetings.detail.screen')}
              <span className="kv-visually-hidden"> {t('meetings.detail.newWindow')}</span>
            </a>
            {canEdit && meeting.state === 'planned' && (
              <Button
                purpose="primary"
                disabled={saving}
                onClick={() => void update({ state: 'open' }, t('meetings.detail.opened'), false)}
              >
                {t('meetings.detail.open')}
              </Button>
            )}
            {canEdit && (
              <Button purpose="secondary" hint="negative" disabled={saving} onClick={() => setClosing(true)}>
                {t('meetings.detail.close')}
              </Button>
            )}
          </div>
          {canEdit && (
            <div className="kv-field">
              <label className="kv-checkbox">
                <input
                  type="checkbox"
                  checked={autoShown ?? meeting.autoAccept}
                  aria-describedby={`${id}-auto-hint`}
                  onChange={(event) => {
                    const on = event.target.checked;
                    if (saving) return;
                    setAutoShown(on);
                    void update(
                      { autoAccept: on },
                      t(on ? 'meetings.detail.autoOn' : 'meetings.detail.autoOff'),
                      false,
                    );
                  }}
                />{' '}
                {t('meetings.detail.autoAccept')}
              </label>
              <span id={`${id}-auto-hint`} className="kv-hint">
                {t('meetings.detail.autoAcceptHint')}
              </span>
            </div>
          )}
          <p className="kv-hint kv-meeting-live">{t(`meetings.live.${liveStatus}`)}</p>
          <p className="kv-visually-hidden" role="status">
            {arrived}
          </p>

          <ScrollRegion label={t('meetings.counts.caption')}>
            <table className="kv-table kv-compact kv-meeting-counts">
              <caption>{t('meetings.counts.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('meetings.counts.group')}</th>
                  <th scope="col" className="kv-number">
                    {t('meetings.counts.participants')}
                  </th>
                  <th scope="col" className="kv-number">
                    {t('meetings.counts.sent')}
                  </th>
                  <th scope="col" className="kv-number">
                    {t('meetings.counts.pending')}
                  </th>
                  <th scope="col" className="kv-number">
                    {t('meetings.counts.accepted')}
                  </th>
                  <th scope="col" className="kv-number">
                    {t('meetings.counts.rejected')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {counts.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      {row.name}
                      <ForceNote name={row.name} force={row.force} />
                    </th>
                    <td className="kv-number">{row.participants}</td>
                    <td className="kv-number">{row.sent}</td>
                    <td className="kv-number">{row.pending}</td>
                    <td className="kv-number">{row.accepted}</td>
                    <td className="kv-number">{row.rejected}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('meetings.counts.total')}</th>
                  <td className="kv-number">{counts.total.participants}</td>
                  <td className="kv-number">{counts.total.sent}</td>
                  <td className="kv-number">{counts.total.pending}</td>
                  <td className="kv-number">{counts.total.accepted}</td>
                  <td className="kv-number">{counts.total.rejected}</td>
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>

          <QueryState query={contributionsQuery} />
          {live && (
            <>
              <ModerationQueue
                workspaceId={workspaceId}
                meetingId={meetingId}
                pending={pending}
                actors={data.actors}
                relations={data.relations}
                actorName={actorName}
                canEdit={canEdit}
                onDecided={show}
                onStale={reload}
                onChanged={onChanged}
              />
              <AcceptedList accepted={acceptedNewestFirst(contributions)} actorName={actorName} />
            </>
          )}
        </>
      )}

      {closing && (
        <ConfirmDialog
          title={t('meetings.closeDialog.title')}
          message={[
            t('meetings.closeDialog.message'),
            ...(pending.length > 0 ? [t('meetings.closeDialog.pending', { count: pending.length })] : []),
          ].join(' ')}
          confirmLabel={t('meetings.closeDialog.confirm')}
          cancelLabel={t('panel.cancel')}
          onConfirm={() => {
            setClosing(false);
            void update({ state: 'closed' }, t('meetings.detail.closed'), true);
          }}
          onCancel={() => setClosing(false)}
        />
      )}
    </div>
  );
}

/**
 * The polite announcement of new contributions: arrivals are counted and told together at most once per
 * ANNOUNCE_EVERY_MS ("3 nieuwe bijdragen"). A non-breaking space alternates at the end, so the same
 * sentence twice is still a change a screen reader reads out.
 */
function useArrivalAnnouncement(contributions: ReadonlyMap<string, Contribution> | undefined): string {
  const { t } = useTranslation();
  const seen = useRef<Set<string> | null>(null);
  const waiting = useRef(0);
  const timer = useRef<number | null>(null);
  const [text, setText] = useState('');

  useEffect(() => {
    if (!contributions) return;
    const fresh = arrivals(seen.current, [...contributions.values()]);
    if (seen.current === null) {
      seen.current = new Set(contributions.keys());
      return;
    }
    for (const contributionId of fresh) seen.current.add(contributionId);
    if (fresh.length === 0) return;
    waiting.current += fresh.length;
    if (timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      const count = waiting.current;
      waiting.current = 0;
      timer.current = null;
      setText((previous) => {
        const sentence = t('meetings.live.arrived', { count });
        return previous === sentence ? `${sentence}\u00a0` : sentence;
      });
    }, ANNOUNCE_EVERY_MS);
  }, [contributions, t]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  return text;
}
