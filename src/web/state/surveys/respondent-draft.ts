/**
 * Choosing respondents for an uitvraag: which spelers can still be added (one respondent per speler per
 * round), all spelers of one kracht at once, the draft rows with their optional contact data, and the
 * server's refusals mapped back to the row and field they are about.
 */
import { FORCES, type Force } from '../../../domain/index.ts';
import type { InvalidParam } from '../../api/client.ts';
import { dutchCollator } from '../collator.ts';

export interface PickableActor {
  id: string;
  name: string;
  force: Force;
}

/** One speler on the list to add, with who answers for it (both optional, as typed). */
export interface RespondentDraft {
  actorId: string;
  contactName: string;
  email: string;
}

/** The spelers per kracht, in the order of the five forces, each group alphabetical. Empty groups are left out. */
export function groupByForce<T extends PickableActor>(actors: readonly T[]): { force: Force; actors: T[] }[] {
  const groups = new Map<Force, T[]>(FORCES.map((force) => [force, []]));
  for (const actor of actors) groups.get(actor.force)?.push(actor);
  return FORCES.map((force) => ({
    force,
    actors: (groups.get(force) ?? []).sort((a, b) => dutchCollator.compare(a.name, b.name)),
  })).filter((group) => group.actors.length > 0);
}

/** The spelers that have no respondent in the round yet and are not on the draft list either. */
export function withoutRespondent<T extends PickableActor>(
  actors: readonly T[],
  taken: Iterable<string>,
): T[] {
  const busy = new Set(taken);
  return actors.filter((actor) => !busy.has(actor.id));
}

/** "Add all spelers of kracht X that have no respondent yet": their drafts, alphabetical, no contact data. */
export function draftsForForce(
  actors: readonly PickableActor[],
  force: Force,
  taken: Iterable<string>,
): RespondentDraft[] {
  return withoutRespondent(
    actors.filter((actor) => actor.force === force),
    taken,
  )
    .sort((a, b) => dutchCollator.compare(a.name, b.name))
    .map((actor) => ({ actorId: actor.id, contactName: '', email: '' }));
}

/** The drafts with these added at the end, each speler once. */
export function addDrafts(
  drafts: readonly RespondentDraft[],
  added: readonly RespondentDraft[],
): RespondentDraft[] {
  const seen = new Set(drafts.map((draft) => draft.actorId));
  const next = [...drafts];
  for (const draft of added) {
    if (seen.has(draft.actorId)) continue;
    seen.add(draft.actorId);
    next.push(draft);
  }
  return next;
}

/** The API's body: empty contact fields are no contact data (null), not an empty name. */
export function respondentsPayloadOf(drafts: readonly RespondentDraft[]) {
  return {
    respondents: drafts.map((draft) => ({
      actorId: draft.actorId,
      contactName: draft.contactName.trim() === '' ? null : draft.contactName.trim(),
      email: draft.email.trim() === '' ? null : draft.email.trim(),
    })),
  };
}

export interface DraftIssues {
  /** Per draft row (by actor id), per field: the server's reason. */
  rows: Map<string, Partial<Record<'actorId' | 'contactName' | 'email', string>>>;
  /** What is about no single row. */
  other: string[];
}

const ROW_PATH = /^(?:respondents\.)?(\d+)\.(actorId|contactName|email)(?:\.|$)/;

/**
 * The server's refusals of an add, beside the row they are about. The body's own checks name
 * `respondents.3.email`, the service's `3.actorId`; both are the fourth draft.
 */
export function draftIssuesOf(
  params: readonly InvalidParam[],
  drafts: readonly RespondentDraft[],
): DraftIssues {
  const rows: DraftIssues['rows'] = new Map();
  const other: string[] = [];
  for (const param of params) {
    const match = param.name.match(ROW_PATH);
    const draft = match ? drafts[Number(match[1])] : undefined;
    if (!match || !draft) {
      other.push(param.reason);
      continue;
    }
    const field = match[2] as 'actorId' | 'contactName' | 'email';
    const row = rows.get(draft.actorId) ?? {};
    row[field] ??= param.reason;
    rows.set(draft.actorId, row);
  }
  return { rows, other };
}
