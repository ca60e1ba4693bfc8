/**
 * The werkruimtes page: the list (open, rename, delete with confirmation) and the form to make a new one,
 * with a type-ahead over all gemeenten. Server validation messages appear next to their field. Each
 * werkruimte shows the user's role there; renaming needs a redacteur, deleting an eigenaar.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EndpointOutput } from '../../contract/index.ts';
import * as contract from '../../contract/index.ts';
import {
  findGemeente,
  type Gemeente,
  gemeenteLabel,
  roleAllows,
  type Workspace,
} from '../../domain/index.ts';
import { ApiProblem, call } from '../api/client.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { FieldError } from '../components/FieldError.tsx';
import { TextField } from '../components/TextField.tsx';
import { comparePath, followLink, navigate, workspacePath } from '../router.ts';
import { fieldErrors } from '../state/problem-errors.ts';
import { ImportFileForm } from './ImportFileForm.tsx';
import { describeImport } from './import-summary.ts';

/** A werkruimte as the list gives it: with the user's own role. */
type ListedWorkspace = EndpointOutput<typeof contract.workspaces.listWorkspaces>['items'][number];

/**
 * The code of the gemeente a user typed: its label from the list, its name or its code; '' if unknown.
 * The same rule as an import's gemeente (domain `findGemeente`).
 */
function resolveGemeente(gemeenten: readonly Gemeente[], text: string): string {
  const found = findGemeente(gemeenten, text);
  return 'code' in found ? found.code : '';
}

export function WorkspacesPage() {
  const { t, i18n } = useTranslation();
  const [workspaces, setWorkspaces] = useState<ListedWorkspace[] | null>(null);
  const [gemeenten, setGemeenten] = useState<Gemeente[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // After an import: where the new werkruimte is, right beside the message that says it was made.
  const [statusLink, setStatusLink] = useState<{ href: string; label: string } | null>(null);
  const [toDelete, setToDelete] = useState<Workspace | null>(null);

  const load = useCallback(async () => {
    try {
      setLoadError(null);
      const [list, reference] = await Promise.all([
        call(contract.workspaces.listWorkspaces, { query: { pageSize: 500 } }),
        call(contract.gemeenten.listGemeenten),
      ]);
      setWorkspaces(list.items);
      setGemeenten(reference.items);
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : t('errors.generic'));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  const gemeenteNames = useMemo(() => new Map(gemeenten.map((g) => [g.code, g.name])), [gemeenten]);

  async function confirmDelete() {
    if (!toDelete) return;
    const name = toDelete.name;
    await call(contract.workspaces.deleteWorkspace, { params: { workspaceId: toDelete.id } });
    setToDelete(null);
    setStatusLink(null);
    setStatus(t('workspaces.deleted', { name }));
    await load();
  }

  return (
    <>
      <Heading level={1}>{t('workspaces.title')}</Heading>
      <Paragraph>{t('workspaces.intro')}</Paragraph>
      {workspaces && workspaces.length > 1 && (
        <p>
          <a href={comparePath()} onClick={followLink}>
            {t('compare.openLink')}
          </a>
        </p>
      )}
      <p className="kv-status" role="status">
        {status}
        {statusLink && (
          <>
            {' '}
            <a href={statusLink.href} onClick={followLink}>
              {statusLink.label}
            </a>
          </>
        )}
      </p>
      {loadError && (
        <div className="kv-alert" role="alert">
          <Paragraph>{loadError}</Paragraph>
          <Button purpose="secondary" onClick={() => void load()}>
            {t('errors.retry')}
          </Button>
        </div>
      )}
      {workspaces === null && !loadError && <Paragraph>{t('app.loading')}</Paragraph>}
      {workspaces?.length === 0 && <Paragraph>{t('workspaces.empty')}</Paragraph>}
      {workspaces && workspaces.length > 0 && (
        <ul className="kv-workspace-list">
          {workspaces.map((workspace) => (
            <WorkspaceItem
              key={workspace.id}
              workspace={workspace}
              gemeenteName={gemeenteNames.get(workspace.gemeente) ?? workspace.gemeente}
              onRenamed={(name) => {
                setStatusLink(null);
                setStatus(name);
                void load();
              }}
              onDelete={() => setToDelete(workspace)}
            />
          ))}
        </ul>
      )}
      <CreateWorkspaceForm
        gemeenten={gemeenten}
        onCreated={(workspace) => {
          setStatusLink(null);
          setStatus(t('workspaces.created', { name: workspace.name }));
          navigate(workspacePath(workspace.id));
        }}
      />
      <ImportFileForm
        resolveGemeente={(typed) => resolveGemeente(gemeenten, typed)}
        gemeenteList="gemeenten"
        onImported={({ workspace, summary }) => {
          const [headline] = describeImport(summary, t, i18n.language);
          setStatus(t('import.done', { name: workspace?.name, summary: headline }));
          setStatusLink(
            workspace
              ? { href: workspacePath(workspace.id), label: t('import.openResult', { name: workspace.name }) }
              : null,
          );
          void load();
        }}
      />
      {toDelete && (
        <ConfirmDialog
          title={t('workspaces.confirmDeleteTitle')}
          message={t('workspaces.confirmDelete', { name: toDelete.name })}
          confirmLabel={t('workspaces.delete')}
          cancelLabel={t('workspaces.cancel')}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setToDelete(null)}
        />
      )}
    </>
  );
}

interface WorkspaceItemProps {
  workspace: ListedWorkspace;
  gemeenteName: string;
  onRenamed(name: string): void;
  onDelete(): void;
}

function WorkspaceItem({ workspace, gemeenteName, onRenamed, onDelete }: WorkspaceItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(workspace.name);
  const [error, setError] = useState<string | undefined>();
  const errorId = `rename-error-${workspace.id}`;
  const role = workspace.role;

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await call(contract.workspaces.updateWorkspace, {
        params: { workspaceId: workspace.id },
        body: { version: workspace.version, name },
      });
      setEditing(false);
      onRenamed(name);
    } catch (problem) {
      setError(
        problem instanceof ApiProblem ? (problem.reasonFor('name') ?? problem.message) : t('errors.generic'),
      );
    }
  }

  return (
    <li className="kv-workspace">
      {editing ? (
        <form onSubmit={(event) => void save(event)} className="kv-inline-form">
          <label htmlFor={`rename-${workspace.id}`}>{t('workspaces.name')}</label>
          <input
            id={`rename-${workspace.id}`}
            className="utrecht-textbox"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? errorId : undefined}
          />
          <Button purpose="primary" type="submit">
            {t('workspaces.save')}
          </Button>
          <Button purpose="subtle" type="button" onClick={() => setEditing(false)}>
            {t('workspaces.cancel')}
          </Button>
          <FieldError id={errorId} message={error} />
        </form>
      ) : (
        <>
          <a href={workspacePath(workspace.id)} onClick={followLink} className="kv-workspace-name">
            {workspace.name}
          </a>
          <span className="kv-muted">{gemeenteName}</span>
          <span className="kv-muted">{t('workspaces.yourRole', { role: t(`roles.${role}`) })}</span>
          <span className="kv-actions">
            {roleAllows(role, 'edit') && (
              <Button
                purpose="secondary"
                onClick={() => setEditing(true)}
                aria-label={`${t('workspaces.rename')}: ${workspace.name}`}
              >
                {t('workspaces.rename')}
              </Button>
            )}
            {roleAllows(role, 'manage') && (
              <Button
                purpose="subtle"
                hint="negative"
                onClick={onDelete}
                aria-label={`${t('workspaces.delete')}: ${workspace.name}`}
              >
                {t('workspaces.delete')}
              </Button>
            )}
          </span>
        </>
      )}
    </li>
  );
}

function CreateWorkspaceForm({
  gemeenten,
  onCreated,
}: {
  gemeenten: Gemeente[];
  onCreated(w: Workspace): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [gemeenteText, setGemeenteText] = useState('');
  const [wijken, setWijken] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const gemeente = resolveGemeente(gemeenten, gemeenteText);
    if (!gemeente) {
      setErrors({ gemeente: t('workspaces.gemeenteUnknown') });
      return;
    }
    setBusy(true);
    try {
      const workspace = await call(contract.workspaces.createWorkspace, {
        body: {
          name,
          gemeente,
          wijken: wijken
            .split(',')
            .map((w) => w.trim())
            .filter(Boolean),
        },
      });
      onCreated(workspace);
    } catch (problem) {
      setErrors(fieldErrors(problem, t('errors.generic')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="kv-form" onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={2}>{t('workspaces.newTitle')}</Heading>
      <TextField
        id="name"
        label={t('workspaces.name')}
        hint={t('workspaces.nameHint')}
        value={name}
        onChange={setName}
        error={errors.name}
      />
      <TextField
        id="gemeente"
        label={t('workspaces.gemeente')}
        hint={t('workspaces.gemeenteHint')}
        value={gemeenteText}
        onChange={setGemeenteText}
        error={errors.gemeente}
        list="gemeenten"
      >
        <datalist id="gemeenten">
          {gemeenten.map((g) => (
            <option key={g.code} value={gemeenteLabel(g)} />
          ))}
        </datalist>
      </TextField>
      <TextField
        id="wijken"
        label={t('workspaces.wijken')}
        hint={t('workspaces.wijkenHint')}
        value={wijken}
        onChange={setWijken}
        error={errors.wijken}
      />
      <FieldError id="form-error" message={errors.form} />
      <Button purpose="primary" type="submit" disabled={busy}>
        {t('workspaces.create')}
      </Button>
    </form>
  );
}
