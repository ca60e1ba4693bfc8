/**
 * A speler or a relatie as a momentopname holds it: read-only cards that stand in for the speler and
 * relatie panels while the screen shows a moment instead of now (those panels read and change the live
 * werkruimte). What they show comes from the snapshot alone.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useTranslation } from 'react-i18next';
import type * as contract from '../../../../contract/index.ts';
import type { EndpointOutput } from '../../../../contract/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { formatPeriod } from '../../../state/relation-form.ts';
import { ActorProfile } from '../ActorProfile.tsx';
import { ActorRelations } from '../ActorRelations.tsx';
import { relationSentence } from '../relation-words.ts';

type SnapshotGraph = EndpointOutput<typeof contract.snapshots.viewSnapshot>;

function MomentLine({ moment }: { moment: SnapshotGraph }) {
  const { t, i18n } = useTranslation();
  return (
    <Paragraph className="kv-moment-line">
      {t('time.view.cardMoment', {
        name: moment.snapshot.name,
        date: formatDate(moment.snapshot.takenAt, i18n.language),
      })}
    </Paragraph>
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
    <section className="kv-panel" aria-labelledby="moment-actor-title">
      <div className="kv-panel-header">
        <Heading level={2} id="moment-actor-title">
          {actor.name}
        </Heading>
        <Button purpose="subtle" onClick={onClose}>
          {t('panel.close')}
        </Button>
      </div>
      <MomentLine moment={moment} />
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
    </section>
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
    <section className="kv-panel" aria-labelledby="moment-relation-title">
      <div className="kv-panel-header">
        <Heading level={2} id="moment-relation-title">
          {relationSentence(t, (id) => names.get(id), relation)}
        </Heading>
        <Button purpose="subtle" onClick={onClose}>
          {t('panel.close')}
        </Button>
      </div>
      <MomentLine moment={moment} />
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
    </section>
  );
}
