/**
 * "Wie zegt wat over deze relatie?", in the relatie panel: per perspective whether it confirms the tie (with
 * strength, trust and value in words) or denies it, its note, source, who and when; which perspectives said
 * nothing yet; and that the relatie as entered is the editors' claim until they assess it themselves (the
 * rule of src/analysis/claims/effective-map.ts). A redacteur or eigenaar adds, changes and removes
 * assessments here; every write refreshes the werkruimte, so "Kaart volgens" draws the new claims.
 */

import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import type { TFunction } from 'i18next';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { Assessment, Perspective, Relation } from '../../../../domain/index.ts';
import { call } from '../../../api/client.ts';
import { useEndpoint, useInvalidateWorkspace } from '../../../api/queries.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { useAnnouncedStatus } from '../../../components/use-announced-status.ts';
import { problemText } from '../../../state/problem-errors.ts';
import { AssessmentForm } from './AssessmentForm.tsx';
import { perspectiveClaims, unassessedPerspectives } from './assessment-values.ts';
import { namesText } from './assessment-words.ts';
import { ClaimText } from './ClaimText.tsx';

interface RelationAssessmentsProps {
  workspaceId: string;
  /** For its id, and its strength: the editors' claim while they have not assessed it. */
  relation: Pick<Relation, 'id' | 'strength'>;
  /** Redacteur or eigenaar: may add, change and remove assessments. */
  canEdit: boolean;
  /** Whether an open assessment form holds unsaved input, for the panel's leave guard. */
  onDirtyChange?(dirty: boolean): void;
}

interface Removal {
  assessment: Assessment;
  name: string;
}

export function RelationAssessments({
  workspaceId,
  relation,
  canEdit,
  onDirtyChange,
}: RelationAssessmentsProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const relationId = relation.id;
  const perspectives = useEndpoint(contract.perspectives.listPerspectives, {
    params: { workspaceId },
    query: { pageSize: 100 },
  });
  const assessments = useEndpoint(contract.assessments.listAssessments, {
    params: { workspaceId, relationId },
  });
  const members = useEndpoint(contract.members.listMembers, { params: { workspaceId } });
  const invalidate = useInvalidateWorkspace(workspaceId);
  // The assessment whose form is open, 'new' for the add form, null for none.
  const [editing, setEditing] = useState<string | null>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const { status, announce, ref: statusRef } = useAnnouncedStatus('');
  // Where the keyboard goes back to when a form is cancelled: the button that opened it.
  const returnFocus = useRef<string | null>(null);

  useEffect(() => {
    if (editing !== null || !returnFocus.current) return;
    document.getElementById(returnFocus.current)?.focus();
    returnFocus.current = null;
  }, [editing]);

  const memberNames = useMemo(
    () => new Map((members.data?.items ?? []).map((member) => [member.userId, member.displayName])),
    [members.data],
  );
  const memberName = (userId: string) => memberNames.get(userId);
  const perspectiveList = perspectives.data?.items ?? [];
  const perspectiveName = (perspectiveId: string) =>
    perspectiveList.find((perspective) => perspective.id === perspectiveId)?.name ??
    t('history.unknownPerspective');
  const ready = perspectives.data && assessments.data;
  const items = assessments.data?.items ?? [];
  const claims = perspectiveClaims(perspectiveList, items);
  const choices = unassessedPerspectives(perspectiveList, items);

  const open = (next: string, opener: string) => {
    returnFocus.current = opener;
    setEditing(next);
  };
  const cancel = () => setEditing(null);

  async function saved(assessment: Assessment, created: boolean) {
    await assessments.refetch();
    returnFocus.current = null;
    setEditing(null);
    const name = perspectiveName(assessment.perspectiveId);
    announce(t(created ? 'assessments.created' : 'assessments.saved', { name }));
    void invalidate();
  }

  async function remove({ assessment, name }: Removal) {
    setRemoval(null);
    try {
      await call(contract.assessments.deleteAssessment, {
        params: { workspaceId, relationId, assessmentId: assessment.id },
      });
      await assessments.refetch();
      announce(t('assessments.deleted', { name }));
    } catch (error) {
      announce(problemText(error, t('errors.generic')));
    }
    void invalidate();
  }

  const form = (assessment: Assessment | null) => (
    <AssessmentForm
      workspaceId={workspaceId}
      relationId={relationId}
      assessment={assessment}
      choices={choices}
      perspectiveName={perspectiveName}
      memberName={memberName}
      onSaved={saved}
      onStale={() => void invalidate()}
      onCancel={cancel}
      onDirtyChange={onDirtyChange}
    />
  );

  return (
    <section className="kv-assessments" aria-labelledby={`${id}-title`}>
      <Heading level={3} id={`${id}-title`}>
        {t('assessments.title')}
      </Heading>
      <Paragraph>{t('assessments.intro')}</Paragraph>
      <p className="kv-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      <QueryState
        query={{ data: ready ? true : undefined, error: perspectives.error ?? assessments.error }}
      />
      {ready && (
        <>
          <ul className="kv-assessment-list" aria-label={t('assessments.listLabel')}>
            {claims.said.map(({ perspective, assessment }) => (
              <li key={perspective.id}>
                <p className="kv-perspective-name">
                  <strong>{perspective.name}</strong>{' '}
                  <span className="kv-muted">· {forceText(t, perspective)}</span>
                </p>
                {assessment && editing === assessment.id ? (
                  form(assessment)
                ) : assessment ? (
                  <>
                    <ClaimText assessment={assessment} memberName={memberName} />
                    {perspective.editors && <p className="kv-hint">{t('assessments.editorsAssessed')}</p>}
                    {canEdit && (
                      <div className="kv-actions">
                        <Button
                          purpose="subtle"
                          id={`${id}-edit-${assessment.id}`}
                          onClick={() => open(assessment.id, `${id}-edit-${assessment.id}`)}
                        >
                          {t('assessments.edit', { name: perspective.name })}
                        </Button>
                        <Button
                          purpose="subtle"
                          hint="negative"
                          onClick={() => setRemoval({ assessment, name: perspective.name })}
                        >
                          {t('assessments.delete', { name: perspective.name })}
                        </Button>
                      </div>
                    )}
                  </>
                ) : (
                  <p>{t('assessments.editorsImplicit', { strength: relation.strength })}</p>
                )}
              </li>
            ))}
          </ul>
          <Paragraph>
            {claims.silent.length > 0
              ? t('assessments.silent', {
                  names: namesText(
                    i18n.language,
                    claims.silent.map((perspective) => perspective.name),
                  ),
                })
              : t('assessments.allSaid')}
          </Paragraph>
          {canEdit &&
            (editing === 'new'
              ? form(null)
              : choices.length > 0 && (
                  <Button purpose="secondary" id={`${id}-add`} onClick={() => open('new', `${id}-add`)}>
                    {t('assessments.add')}
                  </Button>
                ))}
        </>
      )}
      {removal && (
        <ConfirmDialog
          title={t('assessments.deleteTitle')}
          message={t('assessments.confirmDelete', { name: removal.name })}
          confirmLabel={t('assessments.deleteConfirm')}
          cancelLabel={t('panel.cancel')}
          onConfirm={() => void remove(removal)}
          onCancel={() => setRemoval(null)}
        />
      )}
    </section>
  );
}

/** "redactie van deze werkruimte", the kracht it speaks for, or "geen kracht". */
function forceText(t: TFunction, perspective: Perspective): string {
  if (perspective.editors) return t('perspectives.editors');
  return perspective.force
    ? t('assessments.force', { force: t(`force.${perspective.force}`) })
    : t('perspectives.noForce');
}
