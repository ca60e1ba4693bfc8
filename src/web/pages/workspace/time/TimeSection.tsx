/**
 * Tijd: the werkruimte's momentopnames (take one, look at one on the map, download one as a backup, delete
 * one as eigenaar, take them on a schedule), the time slider (TimeLine.tsx), and what changed between two
 * moments — a snapshot and a later one, or now: every index of the diagnosis in a sentence, then the
 * spelers, relaties and claims that came, went or changed, field by field.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EndpointOutput } from '../../../../contract/index.ts';
import * as contract from '../../../../contract/index.ts';
import { DIFF_KINDS, type GraphRelation, PROFILE_FIELDS, type Snapshot } from '../../../../domain/index.ts';
import { call, hrefOf } from '../../../api/client.ts';
import { useEndpoint } from '../../../api/queries.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useAnnouncedStatus } from '../../../components/use-announced-status.ts';
import { formatDate, formatDateTime, localeOf } from '../../../i18n/format.ts';
import { comparePath, followLink, navigateSearch } from '../../../router.ts';
import { changeMapView, mapViewSearch, readMapView } from '../../../state/map-view.ts';
import { problemText } from '../../../state/problem-errors.ts';
import { ScheduleSetting } from './ScheduleSetting.tsx';
import { TimeLine } from './TimeLine.tsx';

type Diff = EndpointOutput<typeof contract.snapshots.diffWorkspace>;

interface TimeSectionProps {
  workspaceId: string;
  /** The relaties of the moment the map shows, for the day slider. */
  relations: readonly GraphRelation[];
  canEdit: boolean;
  canManage: boolean;
}

/** Changes listed per kind before "… en nog N": a diff of a large werkruimte can hold thousands. */
const SHOWN = 100;

export function TimeSection({ workspaceId, relations, canEdit, canManage }: TimeSectionProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const listed = useEndpoint(contract.snapshots.listSnapshots, { params: { workspaceId } });
  const snapshots = listed.data?.items ?? [];
  const oldestFirst = useMemo(() => [...snapshots].reverse(), [snapshots]);
  const { status, announce, ref } = useAnnouncedStatus<{ message: string; error?: boolean } | null>(null);
  const [name, setName] = useState(() =>
    t('time.take.defaultName', { date: formatDate(new Date(), i18n.language) }),
  );
  const [nameError, setNameError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<Snapshot | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('now');
  const [diff, setDiff] = useState<Diff | null>(null);
  const [comparing, setComparing] = useState(false);

  const reload = () => queryClient.invalidateQueries({ queryKey: ['/workspaces/:workspaceId/snapshots'] });
  const refresh = async () => {
    await listed.refetch();
    await reload();
  };

  async function take(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setNameError(undefined);
    try {
      const snapshot = await call(contract.snapshots.createSnapshot, {
        params: { workspaceId },
        body: { name },
      });
      await refresh();
      announce({ message: t('time.take.done', { name: snapshot.name }) });
    } catch (error) {
      setNameError(problemText(error, t('errors.generic')));
    } finally {
      setBusy(false);
    }
  }

  async function remove(snapshot: Snapshot) {
    setDeleting(null);
    try {
      await call(contract.snapshots.deleteSnapshot, { params: { workspaceId, snapshotId: snapshot.id } });
      if (from === snapshot.id) setFrom('');
      if (to === snapshot.id) setTo('now');
      await refresh();
      announce({ message: t('time.list.deleted', { name: snapshot.name }) });
    } catch (error) {
      announce({ message: problemText(error, t('errors.generic')), error: true });
    }
  }

  async function compare(event: FormEvent) {
    event.preventDefault();
    const first = from || snapshots.at(-1)?.id;
    if (!first || comparing) return;
    setComparing(true);
    try {
      setDiff(
        await call(contract.snapshots.diffWorkspace, {
          params: { workspaceId },
          query: { from: first, to, lang: i18n.language === 'en' ? 'en' : 'nl' },
        }),
      );
    } catch (error) {
      setDiff(null);
      announce({ message: problemText(error, t('errors.generic')), error: true });
    } finally {
      setComparing(false);
    }
  }

  // Fields as the forms and the history name them ("sterkte", not the backup's "strength").
  const fieldName = (key: string) =>
    (PROFILE_FIELDS as readonly string[]).includes(key)
      ? t(`actorForm.${key}`).toLocaleLowerCase(localeOf(i18n.language))
      : t(`history.fields.${key}`, { defaultValue: key });
  const momentName = (moment: Diff['from']) => moment.snapshot?.name ?? t('time.compare.now');
  const value = (raw: unknown) =>
    raw === null || raw === ''
      ? t('time.compare.empty')
      : typeof raw === 'string'
        ? raw
        : JSON.stringify(raw);

  return (
    <section aria-labelledby={`${id}-heading`} className="kv-section kv-time">
      <Heading level={2} id={`${id}-heading`}>
        {t('time.title')}
      </Heading>
      <Paragraph>{t('time.intro')}</Paragraph>
      <p
        ref={ref}
        tabIndex={-1}
        role="status"
        data-testid="time-status"
        className={status?.error ? 'kv-error' : 'kv-status'}
      >
        {status?.message ?? ''}
      </p>
      {snapshots.length > 0 && <TimeLine snapshots={oldestFirst} relations={relations} />}

      {canEdit && (
        <form onSubmit={take} aria-labelledby={`${id}-take`}>
          <Heading level={3} id={`${id}-take`}>
            {t('time.take.heading')}
          </Heading>
          <TextField
            id={`${id}-name`}
            label={t('time.take.name')}
            hint={t('time.take.nameHint')}
            value={name}
            onChange={setName}
            error={nameError}
          />
          <Button type="submit" purpose="primary" disabled={busy}>
            {busy ? t('time.take.busy') : t('time.take.submit')}
          </Button>
        </form>
      )}

      <ScheduleSetting workspaceId={workspaceId} canManage={canManage} />

      <Heading level={3}>{t('time.list.heading')}</Heading>
      {snapshots.length === 0 ? (
        <Paragraph>{listed.isPending ? t('app.loading') : t('time.list.empty')}</Paragraph>
      ) : (
        <ul className="kv-time-list" aria-label={t('time.list.caption')}>
          {snapshots.map((snapshot) => (
            <li key={snapshot.id} className="kv-time-item">
              <Heading level={4} className="kv-time-name">
                {snapshot.name}
              </Heading>
              <p className="kv-time-meta">
                {formatDateTime(snapshot.takenAt, i18n.language)} ·{' '}
                {t(`time.list.reasons.${snapshot.reason}`)} ·{' '}
                {t('time.list.counts', {
                  actors: snapshot.counts.actors,
                  relations: snapshot.counts.relations,
                })}
              </p>
              <p className="kv-time-actions">
                <Button
                  purpose="secondary"
                  aria-label={t('time.view.viewLabel', { name: snapshot.name })}
                  onClick={() =>
                    navigateSearch(
                      mapViewSearch(
                        changeMapView(readMapView(window.location.search), { moment: snapshot.id }),
                      ),
                    )
                  }
                >
                  {t('time.view.view')}
                </Button>
                <a
                  href={hrefOf(contract.snapshots.downloadSnapshot, {
                    params: { workspaceId, snapshotId: snapshot.id },
                  })}
                  aria-label={t('time.list.downloadLabel', { name: snapshot.name })}
                >
                  {t('time.list.download')}
                </a>
                {canManage && (
                  <Button
                    purpose="subtle"
                    aria-label={t('time.list.deleteLabel', { name: snapshot.name })}
                    onClick={() => setDeleting(snapshot)}
                  >
                    {t('time.list.delete')}
                  </Button>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('time.list.deleteTitle')}
          message={t('time.list.deleteMessage', { name: deleting.name })}
          confirmLabel={t('time.list.deleteConfirm')}
          cancelLabel={t('time.list.cancel')}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}

      <Heading level={3} id={`${id}-compare`}>
        {t('time.compare.heading')}
      </Heading>
      {snapshots.length === 0 ? (
        <Paragraph>{t('time.compare.needTwo')}</Paragraph>
      ) : (
        <form onSubmit={compare} aria-labelledby={`${id}-compare`} className="kv-time-compare">
          <label htmlFor={`${id}-from`} className="kv-label">
            {t('time.compare.from')}
          </label>
          <select
            id={`${id}-from`}
            value={from || snapshots.at(-1)?.id}
            onChange={(e) => setFrom(e.target.value)}
          >
            {snapshots.map((snapshot) => (
              <option key={snapshot.id} value={snapshot.id}>
                {snapshot.name} ({formatDate(snapshot.takenAt, i18n.language)})
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-to`} className="kv-label">
            {t('time.compare.to')}
          </label>
          <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="now">{t('time.compare.now')}</option>
            {snapshots.map((snapshot) => (
              <option key={snapshot.id} value={snapshot.id}>
                {snapshot.name} ({formatDate(snapshot.takenAt, i18n.language)})
              </option>
            ))}
          </select>
          <Button type="submit" purpose="primary" disabled={comparing}>
            {comparing ? t('time.compare.busy') : t('time.compare.submit')}
          </Button>
        </form>
      )}

      {/* Another werkruimte beside this one: a page of its own (/vergelijken), this one chosen first. */}
      <p>
        <a href={comparePath(workspaceId)} onClick={followLink}>
          {t('compare.openLinkFrom')}
        </a>
      </p>

      {diff && (
        <div className="kv-time-result" aria-live="polite">
          <Heading level={3}>
            {t('time.compare.result', { from: momentName(diff.from), to: momentName(diff.to) })}
          </Heading>
          <Heading level={4}>{t('time.compare.diagnosis')}</Heading>
          <ul>
            {diff.indices.map((index) => (
              <li key={index.key} data-direction={index.direction}>
                {index.sentence}
                {index.direction === 'better' || index.direction === 'worse'
                  ? ` (${t(`time.compare.${index.direction}`)})`
                  : ''}
              </li>
            ))}
          </ul>
          {diff.changes.workspace.length === 0 &&
          DIFF_KINDS.every(
            (kind) =>
              diff.changes[kind].added.length +
                diff.changes[kind].removed.length +
                diff.changes[kind].changed.length ===
              0,
          ) ? (
            <Paragraph>{t('time.compare.nothing')}</Paragraph>
          ) : (
            <>
              {diff.changes.workspace.length > 0 && (
                <>
                  <Heading level={4}>{t('time.compare.kinds.workspace')}</Heading>
                  <ul>
                    {diff.changes.workspace.map((change) => (
                      <li key={change.field}>
                        {t('time.compare.field', {
                          field: fieldName(change.field),
                          from: value(change.from),
                          to: value(change.to),
                        })}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {DIFF_KINDS.map((kind) => {
                const { added, removed, changed } = diff.changes[kind];
                const total = added.length + removed.length + changed.length;
                if (total === 0) return null;
                const lines = [
                  ...added.map((record) => ({ key: `+${record.id}`, text: t('time.compare.added', record) })),
                  ...removed.map((record) => ({
                    key: `-${record.id}`,
                    text: t('time.compare.removed', record),
                  })),
                  ...changed.map((record) => ({
                    key: `~${record.id}`,
                    text: `${t('time.compare.changed', record)} — ${record.changes
                      .map((change) =>
                        t('time.compare.field', {
                          field: fieldName(change.field),
                          from: value(change.from),
                          to: value(change.to),
                        }),
                      )
                      .join('; ')}`,
                  })),
                ];
                return (
                  <div key={kind}>
                    <Heading level={4}>
                      {t(`time.compare.kinds.${kind}`)}:{' '}
                      {t('time.compare.counts', {
                        added: added.length,
                        removed: removed.length,
                        changed: changed.length,
                      })}
                    </Heading>
                    <ul>
                      {lines.slice(0, SHOWN).map((line) => (
                        <li key={line.key}>{line.text}</li>
                      ))}
                      {lines.length > SHOWN && (
                        <li>{t('time.compare.more', { count: lines.length - SHOWN })}</li>
                      )}
                    </ul>
                  </div>
                );
              })}
            </>
          )}
        </div>
      )}
    </section>
  );
}
