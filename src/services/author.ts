/**
 * Who makes a change, as the audit trail records it, and the one function that records a change with its
 * author: a signed-in user through the API, the command line
 * (run by whoever operates the server), or the system itself (the demo werkruimte at first start).
 */
import type { AuditVia } from '../domain/index.ts';
import type { AuditRecord, TransactionStore } from '../store/index.ts';

export interface Author {
  userId: string | null;
  via: AuditVia;
}

export const CLI_AUTHOR: Author = { userId: null, via: 'cli' };
export const SYSTEM_AUTHOR: Author = { userId: null, via: 'system' };

export function apiAuthor(userId: string): Author {
  return { userId, via: 'api' };
}

/** Appends the audit event of a change made in `tx`, signed with its author: the one place that does. */
export function recordChange(
  tx: TransactionStore,
  author: Author,
  change: Omit<AuditRecord, 'userId' | 'via'>,
): Promise<void> {
  return tx.audit.record({ ...change, userId: author.userId, via: author.via });
}
