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
}

export function WorkspaceHeader({ data, panel, canEdit }: WorkspaceHeaderProps) {
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
          <span className="kv-nowrap">{t('shell.actorCount', { count: data.actors.length })}</span> ·{' '}
          <span className="kv-nowrap">{t('shell.relationCount', { count: data.relations.length })}</span>
          {!canEdit && <> · {t('shell.readOnly')}</>}
        </p>
        {workspace.description && (
          <p className="kv-workspace-description">
            {workspace.description}{' '}
            <a href={workspacePath(workspace.id, { kind: 'about' })} onClick={followLink}>
              {t('shell.readMore')}
            </a>
          </p>
        )}
      </div>
      <WorkspaceNav workspaceId={workspace.id} panel={panel} />
    </div>
  );
}
