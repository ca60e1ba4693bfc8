/**
 * Who makes a change, as the audit trail records it: a signed-in user through the API, the command line
 * (run by whoever operates the server), or the system itself (the demo werkruimte at first start).
 */
import type { AuditVia } from '../../domain/index.ts';

export interface Author {
  userId: string | null;
  via: AuditVia;
}

export const CLI_AUTHOR: Author = { userId: null, via: 'cli' };
export const SYSTEM_AUTHOR: Author = { userId: null, via: 'system' };

export function apiAuthor(userId: string): Author {
  return { userId, via: 'api' };
}
