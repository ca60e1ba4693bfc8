/**
 * A page of the audit trail — of the whole werkruimte, or of one speler — newest first, each event as a
 * sentence with its date and time, with paging. A deleted speler that is not back yet gets a "Terugzetten"
 * button (redacteur and eigenaar): it restores the speler with its relaties and says which relaties could
 * not come back. A deleted relatie gets one too; while one of its spelers is gone the server refuses, and
 * its message (restore that speler first) shows here.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import type { TFunction } from 'i18next';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EndpointOutput } from '../../../../contract/index.ts';
import * as contract from '../../../../contract/index.ts';
import type { AuditEvent, Relation } from '../../../../domain/index.ts';
import { call } from '../../../api/client.ts';
import { useEndpoint } from '../../../api/queries.ts';
import { Pager } from '../../../components/Pager.tsx';
import { useAnnouncedStatus } from '../../../components/use-announced-status.ts';
import { localeOf } from '../../../i18n/format.ts';
import { problemText } from '../../../state/problem-errors.ts';
import { relationSentence } from '../relation-words.ts';
import { actorNamesInEvents, describeEvent, formatWhen } from './describe-event.ts';

const PAGE_SIZE = 20;

type HistoryPage = EndpointOutput<typeof contract.history.listHistory>;

/** The restored speler, the relaties that came back with it and those that could not. */
export type RestoreResult = EndpointOutput<typeof contract.history.restoreActor>;

interface HistoryListProps {
  workspaceId: string;
  /** Only this speler's events. */
  actorId?: string;
  /** Changes whenever the map or the members change: the list then loads the newest events. */
  /** Names of the spelers on the map now; a deleted speler that is among them is back already. */
  actorNames: ReadonlyMap<string, string>;
  memberNames: ReadonlyMap<string, string>;
  /**
   * The relaties on the map now: a deleted one among them is back already. Without it every deleted relatie
   * keeps its button, and restoring one that is back says so.
   */
  relationIds?: ReadonlySet<string>;
  canRestore: boolean;
  onRestored?(result: RestoreResult): void;
  onRelationRestored?(relation: Relation): void;
  emptyText: string;
  pagerLabel: string;
}

export function HistoryList({
  workspaceId,
  actorId,
  actorNames,
  memberNames,
  relationIds,
  canRestore,
  onRestored,
  onRelationRestored,
  emptyText,
  pagerLabel,
}: HistoryListProps) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const { status, setStatus, announce, ref: statusRef } = useAnnouncedStatus('');

  // Through the query cache: every write to the werkruimte invalidates it, so the list is never stale.
  const query = useEndpoint(contract.history.listHistory, {
    params: { workspaceId },
    query: { page, pageSize: PAGE_SIZE, actorId: actorId || undefined },
  });
  // While the next page loads, the current one stays (no flash of "loading" between pages).
  const lastPage = useRef<HistoryPage | null>(null);
  if (query.data) lastPage.current = query.data;
  const history = query.data ?? lastPage.current;
  const error = query.error?.message ?? '';

  // Spelers deleted since keep the name an event of this page gave them.
  const pastNames = useMemo(() => actorNamesInEvents(history?.items ?? []), [history]);
  // A position event names its perspective by id; a werkruimte has a handful of perspectives.
  const perspectives = useEndpoint(contract.perspectives.listPerspectives, {
    params: { workspaceId },
    query: { pageSize: 500 },
  });
  const perspectiveNames = useMemo(
    () => new Map((perspectives.data?.items ?? []).map((perspective) => [perspective.id, perspective.name])),
    [perspectives.data],
  );
  const context = useMemo(
    () => ({
      t,
      language: i18n.language,
      actorName: (id: string) => actorNames.get(id) ?? pastNames.get(id),
      memberName: (id: string) => memberNames.get(id),
      perspectiveName: (id: string) => perspectiveNames.get(id),
    }),
    [t, i18n.language, actorNames, pastNames, memberNames, perspectiveNames],
  );

  async function restore(event: AuditEvent) {
    setStatus('');
    try {
      const result = await call(contract.history.restoreActor, {
        params: { workspaceId, eventId: event.id },
      });
      const messages = [t('history.restored', { name: result.actor.name, count: result.relations.length })];
      if (result.skippedRelations.length > 0) {
        const label = (id: string) =>
          id === result.actor.id ? result.actor.name : (actorNames.get(id) ?? t('history.unknownActor'));
        const list = new Intl.ListFormat(localeOf(i18n.language), { type: 'conjunction' }).format(
          result.skippedRelations.map(
            (relation) =>
              `${label(relation.sourceId)} ${t(`relationType.${relation.type}`)} ${label(relation.targetId)}`,
          ),
        );
        messages.push(t('history.skipped', { count: result.skippedRelations.length, list }));
      }
      announce(messages.join(' '));
      onRestored?.(result);
    } catch (problem) {
      setStatus(problemText(problem, t('errors.generic')));
    }
  }

  async function restoreRelation(relationId: string, sentence: string) {
    setStatus('');
    try {
      const relation = await call(contract.history.restoreRelation, { params: { workspaceId, relationId } });
      announce(t('history.relationRestored', { relation: sentence }));
      onRelationRestored?.(relation);
    } catch (problem) {
      announce(problemText(problem, t('errors.generic')));
    }
  }

  if (error) {
    return (
      <p className="kv-alert" role="alert">
        {error}
      </p>
    );
  }
  if (!history) return <Paragraph>{t('app.loading')}</Paragraph>;

  return (
    <div className="kv-history">
      <p className="kv-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {history.items.length === 0 ? (
        <Paragraph>{emptyText}</Paragraph>
      ) : (
        <ol className="kv-history-list">
          {history.items.map((event) => {
            const deleted = event.action === 'actor.delete' ? deletedActor(event) : null;
            const relationId = event.action === 'relation.delete' ? event.entityId : null;
            const relationGone = relationId !== null && !relationIds?.has(relationId);
            return (
              <li key={event.id}>
                <time dateTime={event.at} className="kv-muted">
                  {formatWhen(event.at, i18n.language)}
                </time>
                <span className="kv-history-sentence">{describeEvent(event, context)}</span>
                {canRestore && deleted && !actorNames.has(deleted.id) && (
                  <Button
                    purpose="secondary"
                    aria-label={t('history.restoreOf', { name: deleted.name })}
                    onClick={() => void restore(event)}
                  >
                    {t('history.restore')}
                  </Button>
                )}
                {canRestore && relationId && relationGone && (
                  <Button
                    purpose="secondary"
                    aria-label={t('history.restoreRelationOf', { relation: relationOf(event, context) })}
                    onClick={() => void restoreRelation(relationId, relationOf(event, context))}
                  >
                    {t('history.restore')}
                  </Button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <Pager label={pagerLabel} page={history.page} pages={history.totalPages} onPage={setPage} />
    </div>
  );
}

/** The speler a deletion event removed, as the event kept it. */
function deletedActor(event: AuditEvent): { id: string; name: string } | null {
  const before = event.before as { actor?: { id?: unknown; name?: unknown } } | null;
  const actor = before?.actor;
  if (!actor || typeof actor.id !== 'string') return null;
  return { id: actor.id, name: typeof actor.name === 'string' ? actor.name : '' };
}

/** "Gemeente financiert Buurtkamer" for a relatie event, with the names the page knows. */
function relationOf(
  event: AuditEvent,
  context: { t: TFunction; actorName(id: string): string | undefined },
): string {
  const relation = (event.before ?? event.after ?? {}) as {
    sourceId?: unknown;
    targetId?: unknown;
    type?: unknown;
  };
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return relationSentence(context.t, context.actorName, {
    source: text(relation.sourceId),
    target: text(relation.targetId),
    type: text(relation.type),
  });
}
