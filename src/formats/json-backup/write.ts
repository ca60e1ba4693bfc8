/** Writes a JSON backup: the format's fields in a fixed order, indented, so backups diff well in git. */
import { BACKUP_FORMAT, type Backup } from './schema.ts';

export function writeBackup(backup: Omit<Backup, 'format'>): string {
  const { exportedAt, workspace, actors, relations, layouts, perspectives, assessments, topics, positions } =
    backup;
  const ordered = {
    format: BACKUP_FORMAT,
    exportedAt,
    workspace,
    actors,
    relations,
    layouts,
    perspectives,
    assessments,
    topics,
    positions,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
