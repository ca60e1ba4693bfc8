/**
 * Per vraagstuk: the spelers whose invloed or standpunt the two perspectives see most differently, each
 * in words ("heeft volgens Gemeente veel invloed (4 van 5) en is voor; …"), with a link to the vraagstuk's
 * grid. When there is nothing to compare it says why: no vraagstuk, or a side that placed no spelers yet.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { Topic } from '../../../../domain/index.ts';
import { useEndpoint } from '../../../api/queries.ts';
import { followLink, workspacePath } from '../../../router.ts';
import type { Pair } from './pair.ts';
import { contestedSpelers, differenceKind, type PositionDifference, positionSentence } from './positions.ts';
import { SentenceWithLinks } from './SentenceWithLinks.tsx';
import type { SideNames } from './ties.ts';

const FIRST = 5;

interface PositionSectionProps {
  workspaceId: string;
  pair: Pair;
  names: SideNames;
  /** The chosen vraagstuk; null for none. */
  topic: Topic | null;
  hasTopics: boolean;
  /** The spelers both placed (the divergence's `positions`); undefined while it loads. */
  positions: readonly PositionDifference[] | undefined;
  nameOf(actorId: string): string | undefined;
}

export function PositionSection(props: PositionSectionProps) {
  const { workspaceId, pair, names, topic, hasTopics, positions, nameOf } = props;
  const { t } = useTranslation();
  const id = useId();
  const [all, setAll] = useState(false);
  const heading = topic
    ? t('divergence.positions.title', { topic: topic.name })
    : t('divergence.positions.titleNoTopic');

  let body: React.ReactNode;
  if (!hasTopics) body = <p>{t('divergence.positions.noTopics')}</p>;
  else if (!topic) body = <p>{t('divergence.positions.noTopicChosen')}</p>;
  else if (!positions) body = <p>{t('app.loading')}</p>;
  else if (positions.length === 0)
    body = <NothingPlaced workspaceId={workspaceId} topicId={topic.id} pair={pair} names={names} />;
  else {
    const contested = contestedSpelers(positions, nameOf);
    const shown = all ? contested : contested.slice(0, FIRST);
    body =
      contested.length === 0 ? (
        <p>{t('divergence.positions.alike')}</p>
      ) : (
        <>
          <p className="kv-muted">{t('divergence.positions.intro')}</p>
          <ol
            className="kv-divergence-list"
            aria-label={t('divergence.positions.listLabel', { topic: topic.name })}
          >
            {shown.map((position) => (
              <li key={position.actorId} className="kv-divergence-item" data-testid="divergence-position">
                <SentenceWithLinks
                  workspaceId={workspaceId}
                  sentence={positionSentence(t, position, names)}
                  actors={{ actor: position.actorId }}
                  nameOf={nameOf}
                />{' '}
                <span className="kv-muted">{t(`divergence.positions.kind.${differenceKind(position)}`)}</span>
              </li>
            ))}
          </ol>
          {contested.length > FIRST && (
            <button type="button" className="kv-link-button" aria-expanded={all} onClick={() => setAll(!all)}>
              {all
                ? t('divergence.ties.showFewer')
                : t('divergence.ties.showAll', { count: contested.length })}
            </button>
          )}
        </>
      );
  }

  return (
    <section aria-labelledby={`${id}-positions`} className="kv-divergence-section">
      <h3 id={`${id}-positions`}>{heading}</h3>
      {body}
      {topic && (
        <p>
          <a href={workspacePath(workspaceId, { kind: 'topic', topicId: topic.id })} onClick={followLink}>
            {t('divergence.positions.openGrid', { topic: topic.name })}
          </a>
        </p>
      )}
    </section>
  );
}

/** Nothing to compare on this vraagstuk: says which side has not placed spelers, or that they differ in whom. */
function NothingPlaced({
  workspaceId,
  topicId,
  pair,
  names,
}: {
  workspaceId: string;
  topicId: string;
  pair: Pair;
  names: SideNames;
}) {
  const { t } = useTranslation();
  // One position is enough to know whether a side placed anyone: the answer's total says how many.
  const input = (perspectiveId: string) => ({
    params: { workspaceId, topicId },
    query: { current: 'true' as const, perspective: [perspectiveId], pageSize: 1 },
  });
  const a = useEndpoint(contract.topics.listPositions, input(pair.a));
  const b = useEndpoint(contract.topics.listPositions, input(pair.b));
  if (!a.data || !b.data) return <p>{a.error?.message ?? b.error?.message ?? t('app.loading')}</p>;
  const placedA = a.data.totalItems > 0;
  const placedB = b.data.totalItems > 0;
  if (!placedA && !placedB) return <p>{t('divergence.positions.notPlacedEither')}</p>;
  if (!placedA || !placedB)
    return <p>{t('divergence.positions.notPlaced', { name: placedA ? names.b : names.a })}</p>;
  return <p>{t('divergence.positions.noOverlap')}</p>;
}
