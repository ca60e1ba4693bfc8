/** Contributions for the facilitator's tests: one builder with the fields a test does not care about filled in. */
import type { Contribution } from '../../../domain/index.ts';

export const A = '00000000-0000-4000-8000-00000000000a';
export const B = '00000000-0000-4000-8000-00000000000b';
export const GROUP = '00000000-0000-4000-8000-0000000000f1';

let next = 0;
export function contribution(fields: Partial<Contribution> = {}): Contribution {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    kind: fields.content?.kind ?? 'actor',
    content: { kind: 'actor', name: 'Buurtkamer Noord', force: 'bewoner', why: null },
    status: 'pending',
    groupId: GROUP,
    groupName: 'Bewoners',
    participantName: null,
    mine: false,
    actors: [],
    actorId: null,
    relationId: null,
    reactions: { klopt: 0, kloptNiet: 0 },
    myReaction: null,
    createdAt: `2026-03-02T19:${String(next % 60).padStart(2, '0')}:00.000Z`,
    decidedAt: null,
    ...fields,
  };
}
