/**
 * The werkruimte's schedule of momentopnames: never, every year on 1 January, every quarter or every
 * month (domain/snapshot-schedule.ts). An eigenaar chooses and saves it (through the werkruimte's own
 * PATCH, which records it in the history); everyone else reads it as a sentence.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import { SNAPSHOT_SCHEDULES, type SnapshotSchedule } from '../../../../domain/index.ts';
import { call } from '../../../api/client.ts';
import { useEndpoint, useInvalidateWorkspace } from '../../../api/queries.ts';
import { problemText } from '../../../state/problem-errors.ts';

export interface ScheduleSettingProps {
  workspaceId: string;
  /** Whether the user is an eigenaar: only they change the schedule. */
  canManage: boolean;
}

export function ScheduleSetting({ workspaceId, canManage }: ScheduleSettingProps) {
  const { t } = useTranslation();
  const id = useId();
  const workspace = useEndpoint(contract.workspaces.getWorkspace, { params: { workspaceId } });
  const changed = useInvalidateWorkspace(workspaceId);
  // The eigenaar's choice before saving; null shows the saved schedule.
  const [draft, setDraft] = useState<SnapshotSchedule | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ message: string; error?: boolean } | null>(null);

  const saved = workspace.data?.snapshotSchedule;
  const chosen = draft ?? saved ?? 'none';
  const words = (schedule: SnapshotSchedule) => t(`time.schedule.options.${schedule}`);

  async function save(event: FormEvent) {
    event.preventDefault();
    const current = workspace.data;
    if (!current || busy) return;
    setBusy(true);
    try {
      const result = await call(contract.workspaces.updateWorkspace, {
        params: { workspaceId },
        body: { version: current.version, snapshotSchedule: chosen },
      });
      // The choice stays shown until the werkruimte is read again, so the select does not jump back.
      await changed();
      setDraft(null);
      setStatus({ message: t('time.schedule.saved', { schedule: words(result.snapshotSchedule) }) });
    } catch (error) {
      // A colleague changed the werkruimte meanwhile (409): the server's words; the newest version loads
      // and the choice stays, to save again.
      setStatus({ message: problemText(error, t('errors.generic')), error: true });
      await changed();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <Heading level={3} id={`${id}-heading`}>
        {t('time.schedule.heading')}
      </Heading>
      {canManage ? (
        <form onSubmit={(event) => void save(event)} aria-labelledby={`${id}-heading`}>
          <div className="kv-field">
            <label htmlFor={`${id}-schedule`}>{t('time.schedule.label')}</label>
            <select
              id={`${id}-schedule`}
              className="kv-select"
              value={chosen}
              disabled={!workspace.data}
              aria-describedby={`${id}-hint`}
              onChange={(event) => setDraft(event.target.value as SnapshotSchedule)}
            >
              {SNAPSHOT_SCHEDULES.map((schedule) => (
                <option key={schedule} value={schedule}>
                  {words(schedule)}
                </option>
              ))}
            </select>
            <p id={`${id}-hint`} className="kv-hint">
              {t('time.schedule.hint')}
            </p>
          </div>
          <Button type="submit" purpose="secondary" disabled={busy || !workspace.data}>
            {busy ? t('time.schedule.busy') : t('time.schedule.save')}
          </Button>
        </form>
      ) : (
        <>
          <Paragraph>
            {saved ? t('time.schedule.current', { schedule: words(saved) }) : t('app.loading')}
          </Paragraph>
          <Paragraph>{t('time.schedule.ownerOnly')}</Paragraph>
        </>
      )}
      <p role="status" className={status?.error ? 'kv-error' : 'kv-status'}>
        {status?.message ?? ''}
      </p>
    </div>
  );
}
