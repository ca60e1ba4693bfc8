/**
 * The respondent's answers as the page edits them: pure producers over the answer document the API keeps
 * (domain/survey.ts), so the page only renders and saves. Each tie has a stable key for React and for
 * the ids of its fields (the error summary links to them); problems of a save are mapped back from the
 * API's `answers.ties.3.types` to the tie and field they concern.
 */
import {
  CONTACT_FREQUENCIES,
  type ContactFrequency,
  FORCES,
  type Force,
  type ProfileCorrections,
  type ProfileField,
  type ProposedActor,
  RELATION_TYPE_TRAITS,
  type RelationType,
  type SurveyAnswers,
  TRUST_ITEMS,
  type TrustItem,
  VALUE_ITEMS,
  type ValueItem,
} from '../../../domain/index.ts';

export { CONTACT_FREQUENCIES, TRUST_ITEMS, VALUE_ITEMS };

export interface RosterActor {
  id: string;
  name: string;
  force: Force;
}

export interface TieDraft {
  /** Stable within the page: the field ids and React keys. */
  key: string;
  actorId: string | null;
  proposed: ProposedActor | null;
  types: RelationType[];
  reverseTypes: RelationType[];
  frequency: ContactFrequency | null;
  trust: Record<TrustItem, number | null>;
  value: Record<ValueItem, number | null>;
  note: string;
}

/** Where the respondent places one speler on one vraagstuk; a score left open is null. */
export interface PositionDraft {
  key: string;
  topicId: string;
  actorId: string;
  invloed: number | null;
  belang: number | null;
  standpunt: number | null;
}

export interface AnswersDraft {
  ties: TieDraft[];
  positions: PositionDraft[];
  profile: ProfileCorrections;
  profileRemarks: string;
  finished: boolean;
}

const emptyItems = <K extends string>(items: readonly K[]) =>
  Object.fromEntries(items.map((item) => [item, null])) as Record<K, number | null>;

let nextKey = 0;
function newKey(kind = 'tie'): string {
  nextKey += 1;
  return `${kind}-${nextKey}`;
}

export function draftOf(answers: SurveyAnswers): AnswersDraft {
  return {
    ties: answers.ties.map((tie) => ({
      key: newKey(),
      actorId: tie.actorId,
      proposed: tie.proposed,
      types: [...tie.types],
      reverseTypes: [...tie.reverseTypes],
      frequency: tie.frequency,
      trust: { ...emptyItems(TRUST_ITEMS), ...tie.trust },
      value: { ...emptyItems(VALUE_ITEMS), ...tie.value },
      note: tie.note,
    })),
    positions: answers.positions.map((position) => ({ key: newKey('position'), ...position })),
    profile: { ...answers.profile },
    profileRemarks: answers.profileRemarks,
    finished: answers.finished,
  };
}

/**
 * The document to save. A scale none of whose items was answered is sent as null (not asked, or skipped);
 * a mutual type picked only means "together" and goes in `types`.
 */
export function answersOf(draft: AnswersDraft): SurveyAnswers {
  const scale = <K extends string>(items: Record<K, number | null>) =>
    Object.values(items).some((score) => score !== null) ? items : null;
  return {
    ties: draft.ties.map((tie) => ({
      actorId: tie.actorId,
      proposed: tie.proposed,
      types: tie.types,
      reverseTypes: tie.reverseTypes,
      frequency: tie.frequency,
      trust: scale(tie.trust),
      value: scale(tie.value),
      note: tie.note,
    })),
    positions: draft.positions.map(({ key: _key, ...position }) => position),
    profile: draft.profile,
    profileRemarks: draft.profileRemarks,
    finished: draft.finished,
  };
}

/** A new tie to a roster speler (first relation type asked already ticked when it is the only one). */
export function addTie(
  draft: AnswersDraft,
  target: { actorId: string } | { proposed: ProposedActor },
  asked: readonly RelationType[],
): AnswersDraft {
  const only = asked.length === 1 && asked[0] && !RELATION_TYPE_TRAITS[asked[0]].directed ? [asked[0]] : [];
  const tie: TieDraft = {
    key: newKey(),
    actorId: 'actorId' in target ? target.actorId : null,
    proposed: 'proposed' in target ? target.proposed : null,
    types: only,
    reverseTypes: [],
    frequency: null,
    trust: emptyItems(TRUST_ITEMS),
    value: emptyItems(VALUE_ITEMS),
    note: '',
  };
  return { ...draft, ties: [...draft.ties, tie], finished: false };
}

export function removeTie(draft: AnswersDraft, key: string): AnswersDraft {
  return { ...draft, ties: draft.ties.filter((tie) => tie.key !== key) };
}

export function updateTie(
  draft: AnswersDraft,
  key: string,
  change: Partial<Omit<TieDraft, 'key'>>,
): AnswersDraft {
  return { ...draft, ties: draft.ties.map((tie) => (tie.key === key ? { ...tie, ...change } : tie)) };
}

/** Places a speler on a vraagstuk, its scores still open. */
export function addPosition(draft: AnswersDraft, topicId: string, actorId: string): AnswersDraft {
  const position: PositionDraft = {
    key: newKey('position'),
    topicId,
    actorId,
    invloed: null,
    belang: null,
    standpunt: null,
  };
  return { ...draft, positions: [...draft.positions, position], finished: false };
}

export function removePosition(draft: AnswersDraft, key: string): AnswersDraft {
  return { ...draft, positions: draft.positions.filter((position) => position.key !== key) };
}

export function updatePosition(
  draft: AnswersDraft,
  key: string,
  change: Partial<Pick<PositionDraft, 'invloed' | 'belang' | 'standpunt'>>,
): AnswersDraft {
  return {
    ...draft,
    positions: draft.positions.map((position) =>
      position.key === key ? { ...position, ...change } : position,
    ),
  };
}

/** Whether all three scores are given: only then does the position count on the map. */
export function isComplete(position: PositionDraft): boolean {
  return position.invloed !== null && position.belang !== null && position.standpunt !== null;
}

/** The spelers already placed on a vraagstuk. */
export function placedActorIds(draft: AnswersDraft, topicId: string): Set<string> {
  return new Set(
    draft.positions.filter((position) => position.topicId === topicId).map((position) => position.actorId),
  );
}

/**
 * The spelers most worth placing on a vraagstuk, as one-click suggestions: the respondent's own and the
 * ones they named as ties, not yet placed there.
 */
export function suggestedForTopic(draft: AnswersDraft, ownActorId: string, topicId: string): string[] {
  const placed = placedActorIds(draft, topicId);
  const candidates = [ownActorId, ...draft.ties.flatMap((tie) => (tie.actorId ? [tie.actorId] : []))];
  return [...new Set(candidates)].filter((id) => !placed.has(id));
}

/**
 * A profile text as the respondent says it should read: a text equal to the map's is no correction, so it
 * is dropped and the coordinator sees only real changes.
 */
export function correctProfile(
  draft: AnswersDraft,
  field: ProfileField,
  text: string,
  current: string,
): AnswersDraft {
  const profile = { ...draft.profile };
  if (text.trim() === current.trim()) delete profile[field];
  else profile[field] = text;
  return { ...draft, profile };
}

/** Ticks or unticks a relation type, in the order the round asks them. */
export function toggled(
  list: readonly RelationType[],
  type: RelationType,
  on: boolean,
  order: readonly RelationType[],
): RelationType[] {
  const set = new Set(list);
  if (on) set.add(type);
  else set.delete(type);
  return order.filter((candidate) => set.has(candidate));
}

/** The spelers already named (roster ids), so the picker does not offer them twice. */
export function namedActorIds(draft: AnswersDraft): Set<string> {
  return new Set(draft.ties.flatMap((tie) => (tie.actorId ? [tie.actorId] : [])));
}

/** Whether a name is one the respondent already proposed (whatever its case). */
export function alreadyProposed(draft: AnswersDraft, name: string): boolean {
  const wanted = name.trim().toLowerCase();
  return draft.ties.some((tie) => tie.proposed?.name.toLowerCase() === wanted);
}

/** At most this many names in the picker's search results: a list of hundreds is no help on a phone. */
export const SEARCH_RESULTS_MAX = 30;

function normalised(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The roster spelers matching a search (every word, accents ignored), not yet named, grouped by kracht in
 * the five forces' order; at most SEARCH_RESULTS_MAX in all, and how many matched.
 */
export function searchRoster(
  roster: readonly RosterActor[],
  query: string,
  exclude: ReadonlySet<string>,
): { groups: { force: Force; actors: RosterActor[] }[]; matched: number } {
  const words = normalised(query).split(/\s+/).filter(Boolean);
  const matches = roster.filter(
    (actor) => !exclude.has(actor.id) && words.every((word) => normalised(actor.name).includes(word)),
  );
  const shown = matches.slice(0, SEARCH_RESULTS_MAX);
  const groups = FORCES.map((force) => ({
    force,
    actors: shown.filter((actor) => actor.force === force),
  })).filter((group) => group.actors.length > 0);
  return { groups, matched: matches.length };
}

/** How many of a tie's asked questions are answered, for its summary line when folded. */
export function answeredCount(
  tie: TieDraft,
  questions: readonly string[],
): { answered: number; asked: number } {
  let asked = 1;
  let answered = tie.types.length + tie.reverseTypes.length > 0 ? 1 : 0;
  if (questions.includes('frequentie')) {
    asked += 1;
    if (tie.frequency) answered += 1;
  }
  for (const [question, items] of [
    ['vertrouwen', tie.trust],
    ['waarde', tie.value],
  ] as const) {
    if (!questions.includes(question)) continue;
    for (const score of Object.values(items)) {
      asked += 1;
      if (score !== null) answered += 1;
    }
  }
  return { answered, asked };
}

/**
 * A save's problem, placed: the tie or position (by key) and field it concerns, with the field's element
 * id. `tieKey` holds a position's key for a position's problem.
 */
export interface PlacedProblem {
  tieKey: string | null;
  field: string;
  fieldId: string;
  reason: string;
}

/** The element id of a tie's field (the types fieldset, the frequency select …). */
export function fieldIdOf(tieKey: string, field: string): string {
  return `${tieKey}-${field.replace(/\./g, '-')}`;
}

/** Maps the API's invalidParams (`answers.ties.2.trust.openheid`) onto the ties of the draft that was saved. */
export function placeProblems(
  draft: AnswersDraft,
  params: readonly { name: string; reason: string }[],
): PlacedProblem[] {
  return params.map(({ name, reason }) => {
    const positionMatch = name.match(/^answers\.positions\.(\d+)(?:\.(.+))?$/);
    const position = positionMatch ? draft.positions[Number(positionMatch[1])] : undefined;
    if (position) {
      const field = positionMatch?.[2] ?? 'position';
      return { tieKey: position.key, field, fieldId: fieldIdOf(position.key, field), reason };
    }
    const profileMatch = name.match(/^answers\.profile\.(\w+)$/);
    if (profileMatch) {
      const field = profileMatch[1] as string;
      return { tieKey: null, field, fieldId: `respondent-profile-${field}`, reason };
    }
    const match = name.match(/^answers\.ties\.(\d+)(?:\.(.+))?$/);
    const tie = match ? draft.ties[Number(match[1])] : undefined;
    if (!tie) return { tieKey: null, field: name, fieldId: 'respondent-answers', reason };
    // A problem with one type of a list belongs to the list: `types.0` → `types`.
    const field = (match?.[2] ?? 'tie')
      .replace(/^(types|reverseTypes)\.\d+$/, '$1')
      .replace(/^proposed\.name$/, 'proposed');
    return { tieKey: tie.key, field, fieldId: fieldIdOf(tie.key, field), reason };
  });
}
