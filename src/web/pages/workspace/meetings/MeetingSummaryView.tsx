/**
 * After the meeting: who took part per group, what was sent, taken over and rejected per kind, the spelers
 * and relaties it added to the map (a speler still on the map links to its panel), and what the room
 * disputed ("klopt niet" on something that was taken over), most disputed first.
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import { useFreshEndpoint } from '../../../api/queries.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { followLink, workspacePath } from '../../../router.ts';
import { AcceptedItem, ForceNote } from './AcceptedList.tsx';

interface MeetingSummaryViewProps {
  workspaceId: string;
  meetingId: string;
  /** The name of a speler on the map now: a new speler links to its panel while it is still there. */
  actorName(id: string): string | undefined;
}

export function MeetingSummaryView({ workspaceId, meetingId, actorName }: MeetingSummaryViewProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const query = useFreshEndpoint(contract.meetings.meetingSummary, { params: { workspaceId, meetingId } });
  const summary = query.data;
  const when = (value: string | null) => (value ? formatDateTime(value, i18n.language) : '–');

  return (
    <section aria-labelledby={`${id}-heading`} className="kv-meeting-summary">
      <Heading level={4} id={`${id}-heading`}>
        {t('meetings.summary.title')}
      </Heading>
      <QueryState query={query} />
      {summary && (
        <>
          <Paragraph>
            {t('meetings.summary.intro', {
              opened: when(summary.openedAt),
              closed: when(summary.closedAt),
              count: summary.participants,
            })}
          </Paragraph>
          <ScrollRegion label={t('meetings.summary.groupsCaption')}>
            <table className="kv-table kv-compact">
              <caption>{t('meetings.summary.groupsCaption')}</caption>
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
                    {t('meetings.counts.accepted')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.groups.map((group) => (
                  <tr key={group.id}>
                    <th scope="row">
                      {group.name}
                      <ForceNote name={group.name} force={group.force} />
                    </th>
                    <td className="kv-number">{group.participants}</td>
                    <td className="kv-number">{group.contributions}</td>
                    <td className="kv-number">{group.accepted}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <ScrollRegion label={t('meetings.summary.kindsCaption')}>
            <table className="kv-table kv-compact">
              <caption>{t('meetings.summary.kindsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('meetings.summary.kind')}</th>
                  <th scope="col" className="kv-number">
                    {t('meetings.counts.sent')}
                  </th>
                  <th scope="col" className="kv-number">
                    {t('meetings.counts.accepted')}
                  </th>
                  <th scope="col" className="kv-number">
                    {t('meetings.counts.rejected')}
                  </th>
                  <th scope="col" className="kv-number">
                    {t('meetings.summary.withdrawn')}
                  </th>
                  <th scope="col" className="kv-number">
                    {t('meetings.summary.undecided')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.byKind.map((row) => (
                  <tr key={row.kind}>
                    <th scope="row">{t(`meetings.kind.${row.kind}`)}</th>
                    <td className="kv-number">{row.sent}</td>
                    <td className="kv-number">{row.accepted}</td>
                    <td className="kv-number">{row.rejected}</td>
                    <td className="kv-number">{row.withdrawn}</td>
                    <td className="kv-number">{row.pending}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>

          <Heading level={5}>
            {t('meetings.summary.addedActors', { count: summary.added.actors.length })}
          </Heading>
          {summary.added.actors.length === 0 ? (
            <Paragraph>{t('meetings.summary.noActors')}</Paragraph>
          ) : (
            <ul className="kv-meeting-names">
              {summary.added.actors.map((actor) => (
                <li key={actor.id}>
                  {actorName(actor.id) !== undefined ? (
                    <a
                      href={workspacePath(workspaceId, { kind: 'actor', actorId: actor.id })}
                      onClick={followLink}
                    >
                      {actor.name}
                    </a>
                  ) : (
                    actor.name
                  )}{' '}
                  <span className="kv-muted">({t(`force.${actor.force}`)})</span>
                </li>
              ))}
            </ul>
          )}

          <Heading level={5}>
            {t('meetings.summary.addedRelations', { count: summary.added.relations.length })}
          </Heading>
          {summary.added.relations.length === 0 ? (
            <Paragraph>{t('meetings.summary.noRelations')}</Paragraph>
          ) : (
            <ul className="kv-meeting-names">
              {summary.added.relations.map((relation) => (
                <li key={relation.id}>
                  {relation.sourceName} {t(`relationType.${relation.type}`)} {relation.targetName}
                </li>
              ))}
            </ul>
          )}
          {summary.added.positions > 0 && (
            <Paragraph>{t('meetings.summary.positions', { count: summary.added.positions })}</Paragraph>
          )}

          <Heading level={5}>{t('meetings.summary.contested', { count: summary.contested.length })}</Heading>
          {summary.contested.length === 0 ? (
            <Paragraph>{t('meetings.summary.noContested')}</Paragraph>
          ) : (
            <Paragraph>{t('meetings.summary.contestedHint')}</Paragraph>
          )}
          {summary.contested.length > 0 && (
            <ul className="kv-meeting-list">
              {summary.contested.map((contribution) => (
                <AcceptedItem key={contribution.id} contribution={contribution} actorName={actorName} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
