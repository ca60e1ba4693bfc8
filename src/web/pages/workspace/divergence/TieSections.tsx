/**
 * The relaties two perspectives see differently, one readable sentence each: first what one claims and
 * the other denies, then what only one names, then what both name with a different strength. Speler
 * names open the speler, "Bekijk de relatie" opens the relatie. A long group shows its first few, with a
 * button for the rest, so the sharpest differences stay in view.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as contract from '../../../../contract/index.ts';
import { followLink, workspacePath } from '../../../router.ts';
import { SentenceWithLinks } from './SentenceWithLinks.tsx';
import {
  claimsOf,
  contestedSentence,
  onlySentence,
  type SideNames,
  strengthSentence,
  type Tie,
  tieGroups,
} from './ties.ts';

/** How many of a group show before "Toon alle …". */
const FIRST = 5;

interface TieSectionsProps {
  workspaceId: string;
  divergence: contract.divergence.Divergence;
  names: SideNames;
  nameOf(actorId: string): string | undefined;
}

export function TieSections({ workspaceId, divergence, names, nameOf }: TieSectionsProps) {
  const { t } = useTranslation();
  const id = useId();
  const groups = tieGroups(divergence, nameOf);
  const silent = (['a', 'b'] as const).filter((side) => {
    const claims = claimsOf(divergence, side);
    return claims.named === 0 && claims.denied === 0;
  });
  const item = (relation: Tie, sentence: string) => (
    <li key={relation.id} className="kv-divergence-item" data-testid="divergence-tie">
      <SentenceWithLinks
        workspaceId={workspaceId}
        sentence={sentence}
        actors={{ source: relation.source, target: relation.target }}
        nameOf={nameOf}
      />{' '}
      <a
        className="kv-divergence-relation"
        href={workspacePath(workspaceId, { kind: 'relation', relationId: relation.id })}
        onClick={followLink}
      >
        {t('divergence.ties.openRelation')}
      </a>
    </li>
  );
  const empty =
    groups.contested.length + groups.onlyA.length + groups.onlyB.length + groups.strength.length === 0;

  return (
    <section aria-labelledby={`${id}-ties`} className="kv-divergence-section">
      <h3 id={`${id}-ties`}>{t('divergence.ties.title')}</h3>
      {silent.map((side) => (
        <p key={side} className="kv-notice" data-testid="divergence-silent">
          {t('divergence.ties.saysNothing', { name: names[side] })}
        </p>
      ))}
      {empty && silent.length === 0 && <p>{t('divergence.ties.noDifferences')}</p>}
      <TieGroup
        title={t('divergence.agreement.contested')}
        testId="divergence-contested"
        items={groups.contested.map((tie) => item(tie.relation, contestedSentence(t, tie, names)))}
      />
      <TieGroup
        title={t('divergence.agreement.only', { name: names.a })}
        testId="divergence-only-a"
        items={groups.onlyA.map((relation) => item(relation, onlySentence(t, relation, 'a', names)))}
      />
      <TieGroup
        title={t('divergence.agreement.only', { name: names.b })}
        testId="divergence-only-b"
        items={groups.onlyB.map((relation) => item(relation, onlySentence(t, relation, 'b', names)))}
      />
      <TieGroup
        title={t('divergence.agreement.strength')}
        testId="divergence-strength"
        items={groups.strength.map((tie) => item(tie.relation, strengthSentence(t, tie, names)))}
      />
    </section>
  );
}

/** One group under its own heading; nothing at all when it is empty (the counts above say "0"). */
function TieGroup({ title, testId, items }: { title: string; testId: string; items: React.ReactElement[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [all, setAll] = useState(false);
  if (items.length === 0) return null;
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <section aria-labelledby={id} data-testid={testId}>
      <h4 id={id}>
        {title} ({items.length})
      </h4>
      <ul className="kv-divergence-list">{shown}</ul>
      {items.length > FIRST && (
        <button type="button" className="kv-link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('divergence.ties.showFewer') : t('divergence.ties.showAll', { count: items.length })}
        </button>
      )}
    </section>
  );
}
