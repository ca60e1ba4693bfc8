/**
 * "Perspectieven": the groups whose claims the werkruimte holds — the editors' own view and, to start with,
 * one per kracht. Editors add finer ones ("Wijkteam Noord", "Bewoners Indische Buurt"), rename them and
 * remove them; a perspective that already made claims is only removed after a second, explicit question,
 * because its assessments and positions go with it.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { Perspective } from '../../../../domain/index.ts';
import { ApiProblem, call } from '../../../api/client.ts';
import { useEndpoint } from '../../../api/queries.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { useAnnouncedStatus } from '../../../components/use-announced-status.ts';
import { followLink, workspacePath } from '../../../router.ts';
import { problemText } from '../../../state/problem-errors.ts';
import { PerspectiveForm } from './PerspectiveForm.tsx';

interface PerspectivesPanelProps {
  workspaceId: string;
  canEdit: boolean;
  /** After any write: the werkruimte's cached answers are read again. */
  onChanged(): void;
}

/** The step a removal is at: asked once, or asked again because the perspective holds claims. */
type Removal = { perspective: Perspective; claims: string | null };

export function PerspectivesPanel({ workspaceId, canEdit, onChanged }: PerspectivesPanelProps) {
  const { t } = useTranslation();
  const list = useEndpoint(contract.perspectives.listPerspectives, {
    params: { workspaceId },
    query: { pageSize: 100 },
  });
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const { status, setStatus, announce, ref: statusRef } = useAnnouncedStatus('');

  async function remove({ perspective, claims }: Removal) {
    setRemoval(null);
    try {
      await call(contract.perspectives.deletePerspective, {
        params: { workspaceId, perspectiveId: perspective.id },
        query: { withClaims: claims !== null ? 'true' : 'false' },
      });
      announce(t('perspectives.deleted', { name: perspective.name }));
      onChanged();
    } catch (error) {
      if (error instanceof ApiProblem && error.reason === 'perspective_has_claims') {
        // Asked again, now saying what goes with it.
        setRemoval({ perspective, claims: error.detail ?? error.message });
        return;
      }
      announce(problemText(error, t('errors.generic')));
    }
  }

  const perspectives = list.data?.items ?? [];
  return (
    <section aria-labelledby="perspectives-heading">
      <Heading level={2} id="perspectives-heading">
        {t('perspectives.title')}
      </Heading>
      <Paragraph>{t('perspectives.intro')}</Paragraph>
      {/* Comparing two perspectives is where this section leads: the link stands first, before the list. */}
      <p className="kv-divergence-entry">
        <a href={workspacePath(workspaceId, { kind: 'divergence' })} onClick={followLink}>
          {t('divergence.open')}
        </a>
        <span className="kv-hint">{t('divergence.openHint')}</span>
      </p>
      <p className="kv-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      <QueryState query={list} />
      <ul className="kv-perspective-list">
        {perspectives.map((perspective) => (
          <li key={perspective.id}>
            {editing === perspective.id ? (
              <PerspectiveForm
                workspaceId={workspaceId}
                perspective={perspective}
                onCancel={() => setEditing(null)}
                onSaved={(saved) => {
                  setEditing(null);
                  setStatus(t('perspectives.saved', { name: saved.name }));
                  onChanged();
                }}
              />
            ) : (
              <>
                <p className="kv-perspective-name">
                  <strong>{perspective.name}</strong>{' '}
                  <span className="kv-muted">
                    ·{' '}
                    {perspective.editors
                      ? t('perspectives.editors')
                      : perspective.force
                        ? t(`force.${perspective.force}`)
                        : t('perspectives.noForce')}
                  </span>
                </p>
                {perspective.description && <p className="kv-prewrap">{perspective.description}</p>}
                {canEdit && (
                  <div className="kv-actions">
                    <Button purpose="subtle" onClick={() => setEditing(perspective.id)}>
                      {t('perspectives.edit', { name: perspective.name })}
                    </Button>
                    {!perspective.editors && (
                      <Button purpose="subtle" onClick={() => setRemoval({ perspective, claims: null })}>
                        {t('perspectives.delete', { name: perspective.name })}
                      </Button>
                    )}
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {canEdit &&
        (editing === 'new' ? (
          <PerspectiveForm
            workspaceId={workspaceId}
            perspective={null}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              setStatus(t('perspectives.created', { name: saved.name }));
              onChanged();
            }}
          />
        ) : (
          <Button purpose="secondary" onClick={() => setEditing('new')}>
            {t('perspectives.add')}
          </Button>
        ))}
      {removal && (
        <ConfirmDialog
          title={t('perspectives.deleteTitle')}
          message={
            removal.claims === null
              ? t('perspectives.confirmDelete', { name: removal.perspective.name })
              : t('perspectives.confirmDeleteClaims', {
                  name: removal.perspective.name,
                  claims: removal.claims,
                })
          }
          confirmLabel={
            removal.claims === null ? t('perspectives.deleteConfirm') : t('perspectives.deleteWithClaims')
          }
          cancelLabel={t('panel.cancel')}
          onConfirm={() => void remove(removal)}
          onCancel={() => setRemoval(null)}
        />
      )}
    </section>
  );
}
