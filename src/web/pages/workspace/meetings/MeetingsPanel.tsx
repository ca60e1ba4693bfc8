/**
 * "Bijeenkomsten": the werkruimte's live stadsgesprekken. The list shows every meeting, newest first, with
 * its state, join code and how many take part and sent what; editors start a new one here ("Beginnen"
 * opens it at once), and a meeting opens its own view in the same panel (its address, so a reload or a
 * second window keeps it): the code and QR code for the room, the moderation queue, and once closed the
 * summary. Lezers see the same without the buttons.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { Meeting, WorkspaceGraph } from '../../../../domain/index.ts';
import { useEndpoint, useFreshEndpoint } from '../../../api/queries.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { formatDate } from '../../../i18n/format.ts';
import { codeInGroups } from '../../../state/meeting/facilitator-words.ts';
import { MeetingDetail } from './MeetingDetail.tsx';
import { MeetingForm } from './MeetingForm.tsx';

export interface MeetingsPanelProps {
  workspaceId: string;
  data: WorkspaceGraph;
  canEdit: boolean;
  /** The meeting shown, from the address (`/bijeenkomsten/{id}`); null: the list. */
  openId: string | null;
  onOpen(meetingId: string | null): void;
  /** After any write: the werkruimte's cached answers (and so the map) are read again. */
  onChanged(): void;
}

export function MeetingsPanel({ workspaceId, data, canEdit, openId, onOpen, onChanged }: MeetingsPanelProps) {
  const { t, i18n } = useTranslation();
  const list = useFreshEndpoint(contract.meetings.listMeetings, { params: { workspaceId } });
  const topicList = useEndpoint(contract.topics.listTopics, {
    params: { workspaceId },
    query: { pageSize: 500 },
  });
  const [creating, setCreating] = useState(false);
  // The meeting just started: shown before the list is read again.
  const [created, setCreated] = useState<Meeting | null>(null);
  const [notice, setNotice] = useState('');

  const topics = useMemo(
    () =>
      [...(topicList.data?.items ?? [])].sort(
        (a, b) => Number(b.status === 'actief') - Number(a.status === 'actief'),
      ),
    [topicList.data],
  );
  const topicNames = useMemo(() => new Map(topics.map((topic) => [topic.id, topic.name])), [topics]);
  const meetings = useMemo(
    () => [...(list.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [list.data],
  );

  const heading = (
    <Heading level={2} id="meetings-heading">
      {t('meetings.title')}
    </Heading>
  );

  if (openId) {
    const listed =
      meetings.find((meeting) => meeting.id === openId) ?? (created?.id === openId ? created : undefined);
    return (
      <section aria-labelledby="meetings-heading" className="kv-meetings">
        {heading}
        <MeetingDetail
          key={openId}
          workspaceId={workspaceId}
          meetingId={openId}
          listed={listed}
          data={data}
          canEdit={canEdit}
          topicName={(topicId) => topicNames.get(topicId)}
          notice={created?.id === openId ? notice : ''}
          onBack={() => {
            setNotice('');
            onOpen(null);
          }}
          onChanged={onChanged}
        />
      </section>
    );
  }

  const participants = (meeting: Meeting) =>
    meeting.groups.reduce((sum, group) => sum + group.participants, 0);
  return (
    <section aria-labelledby="meetings-heading" className="kv-meetings">
      {heading}
      <Paragraph>{t('meetings.intro')}</Paragraph>
      {canEdit &&
        (creating ? (
          <MeetingForm
            workspaceId={workspaceId}
            topics={topics}
            onCancel={() => setCreating(false)}
            onCreated={(meeting) => {
              setCreating(false);
              setCreated(meeting);
              setNotice(t('meetings.created', { name: meeting.name }));
              onChanged();
              onOpen(meeting.id);
            }}
          />
        ) : (
          <Button purpose="primary" onClick={() => setCreating(true)}>
            {t('meetings.new')}
          </Button>
        ))}
      <QueryState query={list} />
      {list.data && meetings.length === 0 && <Paragraph>{t('meetings.none')}</Paragraph>}
      {meetings.length > 0 && (
        <ScrollRegion label={t('meetings.listLabel')}>
          <table className="kv-table kv-compact">
            <caption className="kv-visually-hidden">{t('meetings.listLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.column.name')}</th>
                <th scope="col">{t('meetings.column.state')}</th>
                <th scope="col">{t('meetings.column.code')}</th>
                <th scope="col" className="kv-number">
                  {t('meetings.column.participants')}
                </th>
                <th scope="col" className="kv-number">
                  {t('meetings.column.pending')}
                </th>
                <th scope="col" className="kv-number">
                  {t('meetings.column.accepted')}
                </th>
                <th scope="col">{t('meetings.column.date')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((meeting) => (
                <tr key={meeting.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="kv-link-button"
                      onClick={() => {
                        setNotice('');
                        onOpen(meeting.id);
                      }}
                    >
                      {meeting.name}
                    </button>
                  </th>
                  <td>
                    <span className={`kv-meeting-state kv-meeting-state--${meeting.state}`}>
                      {t(`meetings.state.${meeting.state}`)}
                    </span>
                  </td>
                  <td className="kv-meeting-code-cell">
                    {meeting.state === 'closed' ? '–' : codeInGroups(meeting.code)}
                  </td>
                  <td className="kv-number">{participants(meeting)}</td>
                  <td className="kv-number">{meeting.counts.pending}</td>
                  <td className="kv-number">{meeting.counts.accepted}</td>
                  <td>{formatDate(meeting.openedAt ?? meeting.createdAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
