/**
 * What the side panel shows for each address: one component per panel kind, each given only what it needs.
 * The Diagnose panel is not here: it stays mounted once opened (see WorkspacePage), so its settings and
 * what-if changes survive a look at a speler.
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useTranslation } from 'react-i18next';
import type * as contract from '../../../../contract/index.ts';
import type { EndpointOutput } from '../../../../contract/index.ts';
import { type Member, type Role, roleAllows, type WorkspaceGraph } from '../../../../domain/index.ts';
import type { WorkspacePanel } from '../../../router.ts';
import type { MapFilters } from '../../../state/map-filters.ts';
import { describeImport } from '../../import-summary.ts';
import { ActorPanel } from '../ActorPanel.tsx';
import { ActorRegister } from '../ActorRegister.tsx';
import { DivergencePanel } from '../divergence/DivergencePanel.tsx';
import { FilterPanel } from '../FilterPanel.tsx';
import { HistorySection } from '../history/HistorySection.tsx';
import { MembersSection } from '../MembersSection.tsx';
import { MeetingsPanel } from '../meetings/MeetingsPanel.tsx';
import { NewActorForm } from '../NewActorForm.tsx';
import { PerspectivesPanel } from '../perspectives/PerspectivesPanel.tsx';
import { RelationPanel, undoRelationDelete } from '../RelationPanel.tsx';
import { RelationRegister } from '../RelationRegister.tsx';
import { relationSentence } from '../relation-words.ts';
import { ReportSection } from '../report/ReportSection.tsx';
import { SurveysPanel } from '../surveys/SurveysPanel.tsx';
import { TransferSection } from '../TransferSection.tsx';
import { MomentActorCard, MomentRelationCard } from '../time/MomentCards.tsx';
import { TimeSection } from '../time/TimeSection.tsx';
import { TopicPanel } from '../topics/TopicPanel.tsx';
import { TopicsPanel } from '../topics/TopicsPanel.tsx';
import { AboutPanel } from './AboutPanel.tsx';
import type { ShellStatus } from './MapStage.tsx';

type SnapshotGraph = EndpointOutput<typeof contract.snapshots.viewSnapshot>;

export interface PanelContext {
  data: WorkspaceGraph;
  /** The momentopname the screen shows instead of now (read-only), or null. */
  moment: SnapshotGraph | null;
  role: Role;
  canEdit: boolean;
  filters: MapFilters;
  faded: { actors: Set<string>; relations: Set<string> };
  memberNames: ReadonlyMap<string, string>;
  setFilters(filters: MapFilters): void;
  /** Opens another panel (asking first when the open one has unsaved edits). */
  open(panel: WorkspacePanel): void;
  /** After any write: refetch what the werkruimte shows. */
  changed(): void;
  setStatus(status: ShellStatus | null): void;
  setDirty(dirty: boolean): void;
  onMembers(members: Member[]): void;
}

/** Panels that read the live werkruimte themselves: while the map shows a moment, they say so. */
const SHOWS_NOW: ReadonlySet<string> = new Set([
  'transfer',
  'report',
  'history',
  'members',
  'perspectives',
  'divergence',
  'topics',
  'topic',
  'surveys',
  'survey',
  'meetings',
  'meeting',
  'about',
]);

export function PanelContent({
  panel,
  context,
}: {
  panel: NonNullable<WorkspacePanel>;
  context: PanelContext;
}) {
  const { t } = useTranslation();
  const { moment, open } = context;
  // A moment's speler and relatie come from the snapshot; their live panels would show (and change) now.
  if (moment && panel.kind === 'actor')
    return (
      <MomentActorCard
        moment={moment}
        actorId={panel.actorId}
        onClose={() => open(null)}
        onOpenRelation={(relationId) => open({ kind: 'relation', relationId })}
      />
    );
  if (moment && panel.kind === 'relation')
    return (
      <MomentRelationCard
        moment={moment}
        relationId={panel.relationId}
        onClose={() => open(null)}
        onOpenActor={(actorId) => open({ kind: 'actor', actorId })}
      />
    );
  // One element tree with and without a moment: the panel (and the time slider's focus) stays mounted.
  return (
    <>
      {moment && SHOWS_NOW.has(panel.kind) && (
        <p className="kv-notice" data-testid="panel-shows-now">
          {t('time.view.panelNow')}
        </p>
      )}
      <PanelOfKind panel={panel} context={context} />
    </>
  );
}

function PanelOfKind({ panel, context }: { panel: NonNullable<WorkspacePanel>; context: PanelContext }) {
  const { t, i18n } = useTranslation();
  const { data, canEdit, open, changed, setStatus } = context;
  const workspaceId = data.workspace.id;
  const actorNames = new Map(data.actors.map((actor) => [actor.id, actor.name]));
  switch (panel.kind) {
    case 'actor':
      if (!actorNames.has(panel.actorId)) return <Gone text={t('shell.actorGone')} />;
      return (
        <ActorPanel
          key={panel.actorId}
          data={data}
          actorId={panel.actorId}
          canEdit={canEdit}
          onChanged={changed}
          onClose={() => open(null)}
          onDirtyChange={context.setDirty}
          onOpenRelation={(relationId) => open({ kind: 'relation', relationId })}
          onDeleted={(name) => {
            context.setDirty(false);
            setStatus({ message: t('panel.deleted', { name }) });
            open(null);
            changed();
          }}
        />
      );
    case 'new-actor':
      if (!canEdit) return <Gone text={t('shell.readOnly')} />;
      return (
        <NewActorForm
          workspaceId={workspaceId}
          actors={data.actors}
          onCancel={() => open(null)}
          onCreated={(actor) => {
            setStatus({ message: t('actorForm.created', { name: actor.name }) });
            changed();
            open({ kind: 'actor', actorId: actor.id });
          }}
        />
      );
    case 'relation':
      if (!data.relations.some((r) => r.id === panel.relationId))
        return <Gone text={t('shell.relationGone')} />;
      return (
        <RelationPanel
          key={panel.relationId}
          workspaceId={workspaceId}
          data={data}
          relationId={panel.relationId}
          canEdit={canEdit}
          onChanged={changed}
          onClose={() => open(null)}
          onDirtyChange={context.setDirty}
          onOpenActor={(actorId) => open({ kind: 'actor', actorId })}
          onDeleted={(relation) => {
            context.setDirty(false);
            const sentence = relationSentence(t, (id) => actorNames.get(id), {
              source: relation.sourceId,
              target: relation.targetId,
              type: relation.type,
            });
            setStatus({
              message: t('relationPanel.deleted', { relation: sentence }),
              action: {
                label: t('relationPanel.undo'),
                run: () =>
                  void undoRelationDelete(workspaceId, relation.id).then(
                    () => {
                      setStatus({ message: t('relationPanel.undone', { relation: sentence }) });
                      changed();
                    },
                    (error: Error) => setStatus({ message: error.message }),
                  ),
              },
            });
            open(null);
            changed();
          }}
        />
      );
    case 'actors':
      return (
        <section aria-labelledby="actors-heading">
          <Heading level={2} id="actors-heading">
            {t('workspace.actors')}
          </Heading>
          <ActorRegister
            data={data}
            hidden={context.faded.actors}
            selectedId={null}
            onSelect={(actorId) => open({ kind: 'actor', actorId })}
          />
        </section>
      );
    case 'relations':
      return (
        <section aria-labelledby="relations-heading">
          <Heading level={2} id="relations-heading">
            {t('workspace.relations')}
          </Heading>
          <RelationRegister
            data={data}
            hidden={context.faded.relations}
            onOpenRelation={(relationId) => open({ kind: 'relation', relationId })}
          />
        </section>
      );
    case 'filters':
      return (
        <FilterPanel
          data={data}
          filters={context.filters}
          visibleCount={data.actors.length - context.faded.actors.size}
          onChange={context.setFilters}
        />
      );
    case 'transfer':
      return (
        <TransferSection
          workspaceId={workspaceId}
          canImport={canEdit}
          onImported={({ summary }) => {
            const [headline] = describeImport(summary, t, i18n.language);
            setStatus({ message: t('transfer.imported', { summary: headline }) });
            changed();
          }}
        />
      );
    case 'time':
      return (
        <TimeSection
          workspaceId={workspaceId}
          relations={data.relations}
          canEdit={roleAllows(context.role, 'edit')}
          canManage={roleAllows(context.role, 'manage')}
        />
      );
    case 'report':
      return <ReportSection workspaceId={workspaceId} />;
    case 'history':
      return (
        <HistorySection
          workspaceId={workspaceId}
          actorNames={actorNames}
          memberNames={context.memberNames}
          canRestore={canEdit}
          onRestored={changed}
          relationIds={new Set(data.relations.map((relation) => relation.id))}
          onRelationRestored={changed}
        />
      );
    case 'members':
      return (
        <MembersSection
          workspaceId={workspaceId}
          role={context.role}
          onMembers={context.onMembers}
          onChanged={changed}
        />
      );
    case 'perspectives':
      return <PerspectivesPanel workspaceId={workspaceId} canEdit={canEdit} onChanged={changed} />;
    case 'divergence':
      return <DivergencePanel data={data} />;
    case 'topics':
      return (
        <TopicsPanel
          workspaceId={workspaceId}
          canEdit={canEdit}
          onChanged={changed}
          onOpenTopic={(topicId) => open({ kind: 'topic', topicId })}
        />
      );
    case 'topic':
      return (
        <TopicPanel
          key={panel.topicId}
          data={data}
          topicId={panel.topicId}
          canEdit={canEdit}
          onChanged={changed}
          onOpenActor={(actorId) => open({ kind: 'actor', actorId })}
          onClose={() => open({ kind: 'topics' })}
        />
      );
    case 'surveys':
    case 'survey':
      // One element for the list and a round, so what the panel says stays when a round opens or closes.
      return (
        <SurveysPanel
          workspaceId={workspaceId}
          actors={data.actors}
          canEdit={canEdit}
          canManage={roleAllows(context.role, 'manage')}
          openId={panel.kind === 'survey' ? panel.surveyId : null}
          onOpen={(surveyId) => open(surveyId ? { kind: 'survey', surveyId } : { kind: 'surveys' })}
          onChanged={changed}
          onDirtyChange={context.setDirty}
        />
      );
    case 'meetings':
    case 'meeting':
      return (
        <MeetingsPanel
          workspaceId={workspaceId}
          data={data}
          canEdit={canEdit}
          openId={panel.kind === 'meeting' ? panel.meetingId : null}
          onOpen={(meetingId) => open(meetingId ? { kind: 'meeting', meetingId } : { kind: 'meetings' })}
          onChanged={changed}
        />
      );
    case 'about':
      return <AboutPanel data={data} role={context.role} />;
    case 'diagnose':
      return null;
  }
}

/** A panel whose subject is not (or no longer) there: a deleted speler, a link from before. */
function Gone({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="gone-heading">
      <Heading level={2} id="gone-heading">
        {t('shell.notHere')}
      </Heading>
      <p>{text}</p>
    </section>
  );
}
