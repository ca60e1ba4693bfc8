/**
 * The werkruimte's title bar: back to the list, its name and size, the start of its description (all of it
 * in the Over panel), a notice for lezers, and the sections.
 */
import { useTranslation } from 'react-i18next';
import type { WorkspaceGraph } from '../../../../domain/index.ts';
import { followLink, type WorkspacePanel, workspacePath } from '../../../router.ts';
import { WorkspaceNav } from './WorkspaceNav.tsx';

interface WorkspaceHeaderProps {
  data: WorkspaceGraph;
  panel: WorkspacePanel;
  canEdit: boolean;
  onFollow(event: React.MouseEvent<HTMLAnchorElement>): void;
}

export function WorkspaceHeader({ data, panel, canEdit, onFollow }: WorkspaceHeaderProps) {
  const { t } = useTranslation();
  const { workspace } = data;
  return (
    <div className="kv-workspace-bar">
      <div className="kv-workspace-title">
        <a href="/" onClick={followLink} className="kv-back">
          <span aria-hidden="true">←</span> {t('shell.allWorkspaces')}
        </a>
        <h1>{workspace.name}</h1>
        <p className="kv-muted kv-workspace-size">
          {t('shell.actorCount', { count: data.actors.length })} ·{' '}
          {t('shell.relationCount', { count: data.relations.length })}
          {!canEdit && <> · {t('shell.readOnly')}</>}
        </p>
        {workspace.description && (
          <p className="kv-workspace-description">
            {workspace.description}{' '}
            <a href={workspacePath(workspace.id, { kind: 'about' })} onClick={onFollow}>
              {t('shell.readMore')}
            </a>
          </p>
        )}
      </div>
      <WorkspaceNav workspaceId={workspace.id} panel={panel} onFollow={onFollow} />
    </div>
  );
}
