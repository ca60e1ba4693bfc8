/**
 * A speler or a relatie as a momentopname holds it: read-only cards that stand in for the speler and
 * relatie panels while the screen shows a moment instead of now (those panels read and change the live
 * werkruimte). What they show comes from the snapshot alone.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as contract from '../../../../contract/index.ts';
import type { EndpointOutput } from '../../../../contract/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { formatPeriod } from '../../../state/relation-form.ts';
import { ActorProfile } from '../ActorProfile.tsx';
import { ActorRelations } from '../ActorRelations.tsx';
import { relationSentence } from '../relation-words.ts';

type SnapshotGraph = EndpointOutput<typeof contract.snapshots.viewSnapshot>;

/** A card's frame: its title and close button, and which moment it shows. */
function MomentCard({
  moment,
  titleId,
  title,
  onClose,
  children,
}: {
  moment: SnapshotGraph;
  titleId: string;
  title: string;
  onClose(): void;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section className="kv-panel" aria-labelledby={titleId}>
      <div className="kv-panel-header">
        <Heading level={2} id={titleId}>
          {title}
        </Heading>
        <Button purpose="subtle" onClick={onClose}>
          {t('panel.close')}
        </Button>
      </div>
      <Paragraph className="kv-moment-line">
        {t('time.view.cardMoment', {
          name: moment.snapshot.name,
          date: formatDate(moment.snapshot.takenAt, i18n.language),
        })}
      </Paragraph>
      {children}
    </section>
  );
}

export function MomentActorCard({
  moment,
  actorId,
  onClose,
  onOpenRelation,
}: {
  moment: SnapshotGraph;
  actorId: string;
  onClose(): void;
  onOpenRelation(relationId: string): void;
}) {
  const { t } = useTranslation();
  const actor = moment.actors.find((candidate) => candidate.id === actorId);
  if (!actor) return <Paragraph>{t('time.view.actorNotThen')}</Paragraph>;
  return (
    <MomentCard moment={moment} titleId="moment-actor-title" title={actor.name} onClose={onClose}>
      <p className="kv-muted">
        {t(`force.${actor.force}`)} · {t(`kind.${actor.kind}`)}
        {actor.scale ? ` · ${t(`scale.${actor.scale}`)}` : ''}
      </p>
      <ActorProfile actor={actor} />
      <ActorRelations
        data={moment}
        actor={actor}
        canEdit={false}
        onChanged={() => undefined}
        onOpenRelation={onOpenRelation}
      />
    </MomentCard>
  );
}

export function MomentRelationCard({
  moment,
  relationId,
  onClose,
  onOpenActor,
}: {
  moment: SnapshotGraph;
  relationId: string;
  onClose(): void;
  onOpenActor(actorId: string): void;
}) {
  const { t, i18n } = useTranslation();
  const relation = moment.relations.find((candidate) => candidate.id === relationId);
  if (!relation) return <Paragraph>{t('time.view.relationNotThen')}</Paragraph>;
  const names = new Map(moment.actors.map((actor) => [actor.id, actor.name]));
  const period = formatPeriod(relation.validFrom, relation.validTo, i18n.language, {
    between: (from, to) => t('relationPanel.between', { from, to }),
    since: (from) => t('relationPanel.since', { from }),
    until: (to) => t('relationPanel.until', { to }),
  });
  const end = (actorId: string) => (
    <button type="button" className="kv-link-button" onClick={() => onOpenActor(actorId)}>
      {names.get(actorId) ?? t('history.unknownActor')}
    </button>
  );
  return (
    <MomentCard
      moment={moment}
      titleId="moment-relation-title"
      title={relationSentence(t, (id) => names.get(id), relation)}
      onClose={onClose}
    >
      <dl className="kv-profile">
        <div>
          <dt>{t('relationPanel.from')}</dt>
          <dd>{end(relation.source)}</dd>
        </div>
        <div>
          <dt>{t('relationPanel.type')}</dt>
          <dd>{t(`relationType.${relation.type}`)}</dd>
        </div>
        <div>
          <dt>{t('relationPanel.to')}</dt>
          <dd>{end(relation.target)}</dd>
        </div>
        <div>
          <dt>{t('relationPanel.strength')}</dt>
          <dd>{relation.strength}</dd>
        </div>
        <div>
          <dt>{t('relationPanel.period')}</dt>
          <dd>{period ?? t('relationPanel.always')}</dd>
        </div>
      </dl>
    </MomentCard>
  );
}
