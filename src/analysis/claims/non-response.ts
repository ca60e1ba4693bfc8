/**
 * Non-response: which results of a diagnosis lean on spelers that did not answer an uitvraag. A tie between
 * two invited spelers is *confirmed* when both named it, *one-sided* when only one did, *unreported* when
 * neither did (the editors or another perspective know it). A speler that did not answer can only appear
 * through what others say of it, so:
 *
 * - a broker (one of the best bridges) whose ties are all reported by others, or who did not answer, is a
 *   bridge on hearsay;
 * - an isolated speler that did not answer may simply be missing, not alone;
 * - a koker where at least half the invited members are silent is drawn by the other half.
 *
 * Pure: the caller supplies the map's relaties, who claims each, the round's respondents and the diagnosis.
 */

export type ResponseStatus = 'answered' | 'silent' | 'not_invited';

export interface NonResponseInput {
  /** The relaties of the map the diagnosis was made on. */
  relations: readonly { id: string; source: string; target: string }[];
  /** Per relatie, the perspectives that claim it (assessments with present = true). */
  claimants: ReadonlyMap<string, ReadonlySet<string>>;
  /** The round's respondents: their speler, the perspective they answer as, and whether they answered. */
  respondents: readonly { actorId: string; perspectiveId: string; answered: boolean }[];
  /** What the diagnosis found, by speler id. */
  diagnosis: {
    spelers: readonly { id: string; koker: string | null; degree: number }[];
    brokers: readonly string[];
  };
  /** How many of the best brokers are checked (default 10). */
  brokersChecked?: number;
}

export interface SpelerCoverage {
  actorId: string;
  status: ResponseStatus;
  /** Ties at this speler between two invited spelers. */
  ties: number;
  /** … of which this speler named itself. */
  reportedBySelf: number;
  /** … of which only the other side named. */
  onlyByOthers: number;
}

export type NonResponseNote =
  | { kind: 'silent_broker'; actorId: string; rank: number }
  | { kind: 'hearsay_broker'; actorId: string; rank: number; onlyByOthers: number; ties: number }
  | { kind: 'silent_isolate'; actorId: string }
  | { kind: 'silent_koker'; koker: string; silent: number; invited: number };

export interface NonResponse {
  respondents: { invited: number; answered: number; silent: number };
  /** Ties whose two ends were both invited. */
  ties: { total: number; confirmed: number; oneSided: number; unreported: number };
  /** Share of those ties that are one-sided (0–1), or null without any. */
  oneSidedShare: number | null;
  spelers: SpelerCoverage[];
  notes: NonResponseNote[];
}

export function nonResponse(input: NonResponseInput): NonResponse {
  const invited = new Map(input.respondents.map((respondent) => [respondent.actorId, respondent]));
  const coverage = new Map<string, SpelerCoverage>();
  const coverageOf = (actorId: string): SpelerCoverage => {
    let row = coverage.get(actorId);
    if (!row) {
      const respondent = invited.get(actorId);
      row = {
        actorId,
        status: respondent ? (respondent.answered ? 'answered' : 'silent') : 'not_invited',
        ties: 0,
        reportedBySelf: 0,
        onlyByOthers: 0,
      };
      coverage.set(actorId, row);
    }
    return row;
  };
  for (const respondent of input.respondents) coverageOf(respondent.actorId);

  const ties = { total: 0, confirmed: 0, oneSided: 0, unreported: 0 };
  // A pair is counted once, whatever the number or direction of its relaties: "did they name each other".
  const pairs = new Map<string, { a: string; b: string; byA: boolean; byB: boolean }>();
  for (const relation of input.relations) {
    const source = invited.get(relation.source);
    const target = invited.get(relation.target);
    if (!source || !target) continue;
    const key =
      relation.source < relation.target
        ? `${relation.source} ${relation.target}`
        : `${relation.target} ${relation.source}`;
    const claimants = input.claimants.get(relation.id);
    const bySource = claimants?.has(source.perspectiveId) ?? false;
    const byTarget = claimants?.has(target.perspectiveId) ?? false;
    const pair = pairs.get(key) ?? { a: relation.source, b: relation.target, byA: false, byB: false };
    if (pair.a === relation.source) {
      pair.byA ||= bySource;
      pair.byB ||= byTarget;
    } else {
      pair.byA ||= byTarget;
      pair.byB ||= bySource;
    }
    pairs.set(key, pair);
  }
  for (const { a, b, byA, byB } of pairs.values()) {
    ties.total += 1;
    if (byA && byB) ties.confirmed += 1;
    else if (byA || byB) ties.oneSided += 1;
    else ties.unreported += 1;
    for (const [actor, self, other] of [
      [a, byA, byB],
      [b, byB, byA],
    ] as const) {
      const row = coverageOf(actor);
      row.ties += 1;
      if (self) row.reportedBySelf += 1;
      else if (other) row.onlyByOthers += 1;
    }
  }

  const notes: NonResponseNote[] = [];
  const checked = input.brokersChecked ?? 10;
  input.diagnosis.brokers.slice(0, checked).forEach((actorId, rank) => {
    const row = coverage.get(actorId);
    if (!row || row.status === 'not_invited') return;
    if (row.status === 'silent') notes.push({ kind: 'silent_broker', actorId, rank: rank + 1 });
    else if (row.ties > 0 && row.reportedBySelf === 0 && row.onlyByOthers > 0) {
      notes.push({
        kind: 'hearsay_broker',
        actorId,
        rank: rank + 1,
        onlyByOthers: row.onlyByOthers,
        ties: row.ties,
      });
    }
  });
  const kokers = new Map<string, { invited: number; silent: number }>();
  for (const speler of input.diagnosis.spelers) {
    const row = coverage.get(speler.id);
    if (!row || row.status === 'not_invited') continue;
    if (speler.degree === 0 && row.status === 'silent')
      notes.push({ kind: 'silent_isolate', actorId: speler.id });
    if (speler.koker === null) continue;
    const koker = kokers.get(speler.koker) ?? { invited: 0, silent: 0 };
    koker.invited += 1;
    if (row.status === 'silent') koker.silent += 1;
    kokers.set(speler.koker, koker);
  }
  for (const [koker, { invited: members, silent }] of kokers) {
    if (members >= 2 && silent * 2 >= members)
      notes.push({ kind: 'silent_koker', koker, silent, invited: members });
  }

  const answered = input.respondents.filter((respondent) => respondent.answered).length;
  return {
    respondents: { invited: input.respondents.length, answered, silent: input.respondents.length - answered },
    ties,
    oneSidedShare: ties.total > 0 ? ties.oneSided / ties.total : null,
    spelers: [...coverage.values()],
    notes,
  };
}
