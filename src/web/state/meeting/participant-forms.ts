/**
 * The participant's three forms (a missing speler, a tie between two spelers, a place on the vraagstuk) as
 * drafts, checked before sending and turned into the API's `ContributionInput`. The checks are the ones a
 * person can fix on the spot (empty, too long, the same speler twice, a speler the list already has); the
 * server checks everything again, and what it refuses comes back per field through `placeProblems`.
 */
import {
  type ContributionInput,
  contributionInputSchema,
  FORCES,
  type Force,
  isJoinCode,
  JOIN_CODE_LENGTH,
  MEETING_NICKNAME_MAX,
  MEETING_WHY_MAX,
  type MeetingActor,
  NAME_MAX,
  normaliseJoinCode,
  POWER_MAX,
  POWER_MIN,
  type RelationType,
  STANCE_MAX,
  STANCE_MIN,
  STRENGTH_MAX,
  STRENGTH_MIN,
} from '../../../domain/index.ts';
import { ApiProblem } from '../../api/client.ts';
import { normalizeName } from '../actor-search.ts';

/** A problem to show beside a field: a key under `meetingJoin.problems` and the values it names. */
export interface FieldProblem {
  code: string;
  values?: Record<string, string | number>;
}

export type Checked<F extends string> =
  | { ok: true; input: ContributionInput }
  | { ok: false; problems: Partial<Record<F, FieldProblem>> };

/** Unicode category Cc, which names may not hold (domain/text-rules.ts). */
const CONTROL_CHARACTER = /\p{Cc}/u;

// ─── joining ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The typed code, normalised (case, spaces and dashes do not matter), or what is wrong with it: the keys are
 * under `meetingJoin.code`. A code of the wrong length or with a character no code has (0, O, 1, I, L) is
 * refused here, so a typo costs no guess of the server's limited number per address.
 */
export function checkCode(typed: string): { ok: true; code: string } | { ok: false; problem: FieldProblem } {
  const code = normaliseJoinCode(typed);
  if (code === '') return { ok: false, problem: { code: 'required' } };
  if (code.length !== JOIN_CODE_LENGTH)
    return { ok: false, problem: { code: 'length', values: { count: code.length } } };
  if (!isJoinCode(code)) return { ok: false, problem: { code: 'characters' } };
  return { ok: true, code };
}

/** The nickname to send (trimmed; empty is none), or what is wrong with it (keys under `meetingJoin.problems`). */
export function checkNickname(
  typed: string,
): { ok: true; nickname: string | null } | { ok: false; problem: FieldProblem } {
  const nickname = typed.trim();
  if (nickname.length > MEETING_NICKNAME_MAX)
    return { ok: false, problem: { code: 'nicknameTooLong', values: { max: MEETING_NICKNAME_MAX } } };
  if (CONTROL_CHARACTER.test(nickname)) return { ok: false, problem: { code: 'invalidCharacters' } };
  return { ok: true, nickname: nickname === '' ? null : nickname };
}

// ─── a missing speler ─────────────────────────────────────────────────────────────────────────────────────

export interface ActorDraft {
  name: string;
  force: Force | '';
  why: string;
}
export type ActorField = 'name' | 'force' | 'why';
export const ACTOR_FIELDS: readonly ActorField[] = ['name', 'force', 'why'];
export const EMPTY_ACTOR: ActorDraft = { name: '', force: '', why: '' };

function textProblem(value: string, max: number, tooLong: string): FieldProblem | undefined {
  if (value.length > max) return { code: tooLong, values: { max, length: value.length } };
  if (CONTROL_CHARACTER.test(value)) return { code: 'invalidCharacters' };
  return undefined;
}

export function actorInput(
  draft: ActorDraft,
  context: {
    /** The spelers the meeting already has. */
    actors: readonly MeetingActor[];
    /** Names of the participant's own missing-speler contributions that still stand. */
    sentNames: readonly string[];
  },
): Checked<ActorField> {
  const problems: Partial<Record<ActorField, FieldProblem>> = {};
  const name = draft.name.trim();
  const why = draft.why.trim();
  const wanted = normalizeName(name);
  const existing = context.actors.find((actor) => normalizeName(actor.name) === wanted);
  if (name === '') problems.name = { code: 'nameRequired' };
  else if (existing) problems.name = { code: 'nameExists', values: { name: existing.name } };
  else if (context.sentNames.some((sent) => normalizeName(sent) === wanted))
    problems.name = { code: 'nameSent' };
  else {
    const problem = textProblem(name, NAME_MAX, 'nameTooLong');
    if (problem) problems.name = problem;
  }
  if (!(FORCES as readonly string[]).includes(draft.force)) problems.force = { code: 'forceRequired' };
  const whyProblem = textProblem(why, MEETING_WHY_MAX, 'whyTooLong');
  if (whyProblem) problems.why = whyProblem;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return checked({ kind: 'actor', name, force: draft.force as Force, why: why === '' ? null : why });
}

// ─── who works with whom ──────────────────────────────────────────────────────────────────────────────────

export interface TieDraft {
  sourceId: string | null;
  targetId: string | null;
  type: RelationType | '';
  strength: number;
}
export type TieField = 'sourceId' | 'targetId' | 'type' | 'strength';
export const TIE_FIELDS: readonly TieField[] = ['sourceId', 'targetId', 'type', 'strength'];
export const DEFAULT_STRENGTH = 3;

/** A fresh tie form: the most common relatie type first when the meeting asks for it. */
export function emptyTie(relationTypes: readonly RelationType[]): TieDraft {
  const type = relationTypes.includes('werkt_samen') ? 'werkt_samen' : (relationTypes[0] ?? '');
  return { sourceId: null, targetId: null, type, strength: DEFAULT_STRENGTH };
}

/** After sending: keep the first speler (people often name several ties of one), clear the second. */
export function nextTie(sent: TieDraft): TieDraft {
  return { ...sent, targetId: null, strength: DEFAULT_STRENGTH };
}

export function tieInput(draft: TieDraft, relationTypes: readonly RelationType[]): Checked<TieField> {
  const problems: Partial<Record<TieField, FieldProblem>> = {};
  if (!draft.sourceId) problems.sourceId = { code: 'sourceRequired' };
  if (!draft.targetId) problems.targetId = { code: 'targetRequired' };
  else if (draft.targetId === draft.sourceId) problems.targetId = { code: 'sameActor' };
  if (draft.type === '' || !relationTypes.includes(draft.type)) problems.type = { code: 'typeRequired' };
  if (!inRange(draft.strength, STRENGTH_MIN, STRENGTH_MAX)) problems.strength = { code: 'strengthRequired' };
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return checked({
    kind: 'tie',
    sourceId: draft.sourceId as string,
    targetId: draft.targetId as string,
    type: draft.type as RelationType,
    strength: draft.strength,
  });
}

// ─── a place on the vraagstuk ─────────────────────────────────────────────────────────────────────────────

export interface PositionDraft {
  actorId: string | null;
  invloed: number | null;
  belang: number | null;
  standpunt: number | null;
}
export type PositionField = 'actorId' | 'invloed' | 'belang' | 'standpunt';
export const POSITION_FIELDS: readonly PositionField[] = ['actorId', 'invloed', 'belang', 'standpunt'];
export const EMPTY_POSITION: PositionDraft = { actorId: null, invloed: null, belang: null, standpunt: null };

export function positionInput(draft: PositionDraft): Checked<PositionField> {
  const problems: Partial<Record<PositionField, FieldProblem>> = {};
  if (!draft.actorId) problems.actorId = { code: 'actorRequired' };
  if (!inRange(draft.invloed, POWER_MIN, POWER_MAX)) problems.invloed = { code: 'invloedRequired' };
  if (!inRange(draft.belang, POWER_MIN, POWER_MAX)) problems.belang = { code: 'belangRequired' };
  if (!inRange(draft.standpunt, STANCE_MIN, STANCE_MAX)) problems.standpunt = { code: 'standpuntRequired' };
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return checked({
    kind: 'position',
    actorId: draft.actorId as string,
    invloed: draft.invloed as number,
    belang: draft.belang as number,
    standpunt: draft.standpunt as number,
  });
}

function inRange(value: number | null, min: number, max: number): boolean {
  return value !== null && Number.isInteger(value) && value >= min && value <= max;
}

/** The contract's own schema as the last word: a draft that passed the checks above but not it is a bug. */
function checked<F extends string>(input: ContributionInput): Checked<F> {
  const parsed = contributionInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, problems: { form: { code: 'invalid' } } as Partial<Record<F, FieldProblem>> };
}

// ─── what the server says ─────────────────────────────────────────────────────────────────────────────────

/**
 * What a failed request means for the page: `gone` (404: the meeting closed, or this participant was
 * stopped; the server does not say which), `wait` (429: too many in a minute), `refused` (400: the fields'
 * reasons, in the user's language), `offline` (no answer at all), `other`.
 */
export type SendFailure =
  | { kind: 'gone' }
  | { kind: 'wait'; seconds: number }
  | { kind: 'refused'; fields: Record<string, string>; form: string | null }
  | { kind: 'offline' }
  | { kind: 'other'; message: string };

/** What a form hears back after asking the page to send: the sentence to show, or what to fix. */
export type SendResult =
  | { ok: true; sentText: string }
  | { ok: false; fields: Record<string, string>; form: string | null };

/** Seconds to wait after a 429 that did not say how long. */
export const DEFAULT_WAIT_SECONDS = 60;

export function sendFailure(error: unknown, fields: readonly string[]): SendFailure {
  if (!(error instanceof ApiProblem)) return { kind: 'other', message: String(error) };
  if (error.status === 404) return { kind: 'gone' };
  if (error.status === 429)
    return { kind: 'wait', seconds: Math.max(1, Math.ceil(error.retryAfterSeconds ?? DEFAULT_WAIT_SECONDS)) };
  if (error.status === 0) return { kind: 'offline' };
  if (error.status === 400 || error.status === 422) {
    const placed: Record<string, string> = {};
    const rest: string[] = [];
    for (const param of error.invalidParams) {
      const field = param.name.split('.')[0] ?? '';
      if (fields.includes(field)) placed[field] ??= param.reason;
      else rest.push(param.reason);
    }
    const form =
      rest.length > 0
        ? rest.join(' ')
        : Object.keys(placed).length === 0
          ? (error.detail ?? error.title)
          : null;
    return { kind: 'refused', fields: placed, form };
  }
  return { kind: 'other', message: error.detail ?? error.title };
}
