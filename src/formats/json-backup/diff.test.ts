import { describe, expect, it } from 'vitest';
import type { BackupDiff, RecordChanges } from '../../domain/index.ts';
import { diffBackups } from './diff.ts';
import {
  BACKUP_FORMAT,
  type Backup,
  type BackupInput,
  backupAssessmentSchema,
  backupPositionSchema,
  backupSchema,
} from './schema.ts';

// ─── building documents ───────────────────────────────────────────────────────────────────────────────────

const uuid = (tail: string) => `00000000-0000-4000-8000-${tail.padStart(12, '0')}`;

const WIJKTEAM = uuid('a1');
const BUURTKAMER = uuid('a2');
const GEMEENTE = uuid('a3');
const VOEDSELBANK = uuid('a4');
const MAATJE = uuid('a5');

const SAMEN = uuid('b1');
const SUBSIDIE = uuid('b2');
const VOEDSEL = uuid('b3');
const HULP = uuid('b4');

const REDACTIE = uuid('c1');
const BEWONERS = uuid('c2');
const BELEID = uuid('c3');
const PROFESSIONALS = uuid('c4');

const BEWONERS_OVER_SAMEN = uuid('d1');
const REDACTIE_OVER_SUBSIDIE = uuid('d2');

const ARMOEDE = uuid('e1');
const TOEGANG = uuid('e2');

const BEWONERS_JANUARI = uuid('f1');
const BEWONERS_MAART = uuid('f2');
const REDACTIE_FEBRUARI = uuid('f3');
const BEWONERS_JUNI = uuid('f4');

/** What a backup may hold for one record of kind K, before defaults. */
type Input<K extends keyof BackupInput> =
  NonNullable<BackupInput[K]> extends readonly (infer T)[] ? T : never;

// Every record goes through the real schema, so it carries the defaults a read backup has.
const schemas = {
  actor: backupSchema.shape.actors.element,
  relation: backupSchema.shape.relations.element,
  perspective: backupSchema.shape.perspectives.unwrap().element,
  topic: backupSchema.shape.topics.unwrap().element,
};

function actor(id: string, name: string, extra: Partial<Input<'actors'>> = {}) {
  return schemas.actor.parse({ id, name, force: 'professional', ...extra });
}

function relation(
  id: string,
  sourceId: string,
  targetId: string,
  type: Input<'relations'>['type'],
  extra: Partial<Input<'relations'>> = {},
) {
  return schemas.relation.parse({ id, sourceId, targetId, type, ...extra });
}

function perspective(id: string, name: string, extra: Partial<Input<'perspectives'>> = {}) {
  return schemas.perspective.parse({ id, name, ...extra });
}

function assessment(
  id: string,
  relationId: string,
  perspectiveId: string,
  extra: Partial<Input<'assessments'>> = {},
) {
  return backupAssessmentSchema.parse({
    id,
    relationId,
    perspectiveId,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    ...extra,
  });
}

function topic(id: string, name: string) {
  return schemas.topic.parse({ id, name });
}

/** A position of one perspective on one speler on one vraagstuk, as of `assessedOn`. */
function position(
  id: string,
  view: { topicId: string; actorId: string; perspectiveId: string },
  assessedOn: string,
  extra: Partial<Input<'positions'>> = {},
) {
  return backupPositionSchema.parse({
    id,
    ...view,
    invloed: 3,
    belang: 4,
    standpunt: 1,
    assessedOn,
    createdAt: `${assessedOn}T09:00:00.000Z`,
    ...extra,
  });
}

const bewonersOverWijkteam = { topicId: ARMOEDE, actorId: WIJKTEAM, perspectiveId: BEWONERS };
const redactieOverGemeente = { topicId: ARMOEDE, actorId: GEMEENTE, perspectiveId: REDACTIE };

function document(parts: Partial<BackupInput> = {}): Backup {
  return backupSchema.parse({
    format: BACKUP_FORMAT,
    exportedAt: '2026-09-01T08:00:00.000Z',
    workspace: { name: 'Sociaal domein Oost', gemeente: 'GM0344', wijken: ['Noord', 'Oost'] },
    actors: [],
    relations: [],
    ...parts,
  });
}

/** The moment everything below is compared against: four spelers, their ties and the claims about them. */
function firstMoment(): Backup {
  return document({
    actors: [
      actor(WIJKTEAM, 'Wijkteam Noord', { kind: 'team', domains: ['schulden'], tags: ['kern'] }),
      actor(BUURTKAMER, 'Buurtkamer De Kroon', { force: 'bewoner', kind: 'initiatief' }),
      actor(GEMEENTE, 'Gemeente Utrecht', { force: 'gemeente' }),
      actor(VOEDSELBANK, 'Voedselbank', { force: 'instelling' }),
    ],
    relations: [
      relation(SAMEN, WIJKTEAM, BUURTKAMER, 'werkt_samen'),
      relation(SUBSIDIE, GEMEENTE, WIJKTEAM, 'financiert', { strength: 5 }),
      relation(VOEDSEL, GEMEENTE, VOEDSELBANK, 'financiert'),
    ],
    perspectives: [
      perspective(REDACTIE, 'Redactie', { editors: true }),
      perspective(BEWONERS, 'Bewoners', { force: 'bewoner' }),
      perspective(BELEID, 'Gemeente — beleid', { force: 'gemeente' }),
    ],
    assessments: [
      assessment(BEWONERS_OVER_SAMEN, SAMEN, BEWONERS, { strength: 4, trust: 2 }),
      assessment(REDACTIE_OVER_SUBSIDIE, SUBSIDIE, REDACTIE, { strength: 5 }),
    ],
    topics: [topic(ARMOEDE, 'Armoedebeleid'), topic(TOEGANG, 'Toegang tot het wijkteam')],
    positions: [
      position(BEWONERS_JANUARI, bewonersOverWijkteam, '2026-01-10', { standpunt: 1 }),
      position(BEWONERS_MAART, bewonersOverWijkteam, '2026-03-01', { standpunt: 2, beweging: 'van_onderop' }),
      position(REDACTIE_FEBRUARI, redactieOverGemeente, '2026-02-01', { standpunt: 0 }),
    ],
  });
}

/** `from` and a deep copy of it changed by `edit`, diffed. */
function diffAfter(edit: (to: Backup) => void, from: Backup = firstMoment()): BackupDiff {
  const to = structuredClone(from);
  edit(to);
  return diffBackups(from, to);
}

function find<T extends { id: string }>(records: T[], id: string): T {
  const record = records.find((candidate) => candidate.id === id);
  if (!record) throw new Error(`no record ${id} in the test document`);
  return record;
}

function without<T extends { id: string }>(records: T[], id: string): T[] {
  return records.filter((record) => record.id !== id);
}

const none = (): RecordChanges => ({ added: [], removed: [], changed: [] });

/** A diff with nothing in it but `parts`. */
function diffWith(parts: Partial<BackupDiff> = {}): BackupDiff {
  return {
    workspace: [],
    actors: none(),
    relations: none(),
    perspectives: none(),
    topics: none(),
    assessments: none(),
    positions: none(),
    ...parts,
  };
}

// ─── the tests ────────────────────────────────────────────────────────────────────────────────────────────

describe('diffBackups', () => {
  it('lists exactly the changes made, of every kind, and nothing more', () => {
    const diff = diffAfter((to) => {
      to.workspace.description = 'Stand van zaken na de zomer';

      const wijkteam = find(to.actors, WIJKTEAM);
      wijkteam.name = 'Wijkteam Noord-Oost';
      wijkteam.achtergrond = 'Sinds 2015 in de wijk';
      wijkteam.domains = ['schulden', 'armoede'];
      wijkteam.website = 'https://wijkteam.example.nl';
      to.actors = without(to.actors, VOEDSELBANK);
      to.actors.push(actor(MAATJE, 'Schuldhulpmaatje', { force: 'bewoner', kind: 'initiatief' }));

      const samen = find(to.relations, SAMEN);
      samen.strength = 4;
      samen.sources = ['Interview met het wijkteam'];
      samen.claimedByEditors = true; // what a missing flag already meant: no change
      to.relations = without(to.relations, VOEDSEL);
      to.relations.push(relation(HULP, MAATJE, WIJKTEAM, 'verwijst', { claimedByEditors: false }));

      to.perspectives = without(to.perspectives, BELEID);
      to.perspectives.push(perspective(PROFESSIONALS, 'Professionals', { force: 'professional' }));

      const oordeel = find(to.assessments, BEWONERS_OVER_SAMEN);
      oordeel.present = false;
      oordeel.strength = null;
      oordeel.updatedAt = '2026-08-15T12:00:00.000Z';

      to.topics = without(to.topics, TOEGANG);
      to.positions.push(
        position(BEWONERS_JUNI, bewonersOverWijkteam, '2026-06-01', {
          standpunt: -1,
          beweging: 'van_onderop',
        }),
      );
    });

    expect(diff).toEqual(
      diffWith({
        workspace: [{ field: 'description', from: '', to: 'Stand van zaken na de zomer' }],
        actors: {
          added: [{ id: MAATJE, label: 'Schuldhulpmaatje' }],
          removed: [{ id: VOEDSELBANK, label: 'Voedselbank' }],
          changed: [
            {
              id: WIJKTEAM,
              label: 'Wijkteam Noord-Oost',
              changes: [
                { field: 'name', from: 'Wijkteam Noord', to: 'Wijkteam Noord-Oost' },
                { field: 'achtergrond', from: '', to: 'Sinds 2015 in de wijk' },
                { field: 'domains', from: ['schulden'], to: ['schulden', 'armoede'] },
                { field: 'website', from: null, to: 'https://wijkteam.example.nl' },
              ],
            },
          ],
        },
        relations: {
          added: [{ id: HULP, label: 'Schuldhulpmaatje → Wijkteam Noord-Oost (verwijst)' }],
          removed: [{ id: VOEDSEL, label: 'Gemeente Utrecht → Voedselbank (financiert)' }],
          changed: [
            {
              id: SAMEN,
              label: 'Wijkteam Noord-Oost → Buurtkamer De Kroon (werkt_samen)',
              changes: [
                { field: 'strength', from: 3, to: 4 },
                { field: 'sources', from: [], to: ['Interview met het wijkteam'] },
              ],
            },
          ],
        },
        perspectives: {
          added: [{ id: PROFESSIONALS, label: 'Professionals' }],
          removed: [{ id: BELEID, label: 'Gemeente — beleid' }],
          changed: [],
        },
        topics: { added: [], removed: [{ id: TOEGANG, label: 'Toegang tot het wijkteam' }], changed: [] },
        assessments: {
          added: [],
          removed: [],
          changed: [
            {
              id: BEWONERS_OVER_SAMEN,
              label: 'Bewoners: Wijkteam Noord-Oost → Buurtkamer De Kroon (werkt_samen)',
              changes: [
                { field: 'present', from: true, to: false },
                { field: 'strength', from: 4, to: null },
              ],
            },
          ],
        },
        positions: {
          added: [],
          removed: [],
          changed: [
            {
              id: `${ARMOEDE}:${WIJKTEAM}:${BEWONERS}`,
              label: 'Bewoners: Wijkteam Noord-Oost op Armoedebeleid',
              changes: [{ field: 'standpunt', from: 2, to: -1 }],
            },
          ],
        },
      }),
    );
  });

  it('finds nothing between two equal documents', () => {
    expect(diffAfter(() => {})).toEqual(diffWith());
  });

  it('ignores timestamps that change without the content changing', () => {
    const diff = diffAfter((to) => {
      for (const record of to.assessments) {
        record.createdAt = '2026-08-01T00:00:00.000Z';
        record.updatedAt = '2026-08-02T00:00:00.000Z';
      }
      for (const record of to.positions) record.createdAt = '2026-08-03T00:00:00.000Z';
      delete find(to.assessments, REDACTIE_OVER_SUBSIDIE).updatedAt;
    });
    expect(diff).toEqual(diffWith());
  });

  it('ignores the export time and the saved map positions', () => {
    const diff = diffAfter((to) => {
      to.exportedAt = '2026-12-31T23:59:00.000Z';
      to.layouts = { force: { [WIJKTEAM]: { x: 10, y: 20 } } };
    });
    expect(diff).toEqual(diffWith());
  });

  it('does not count an older position added to the history as a change', () => {
    const diff = diffAfter((to) => {
      to.positions.push(position(BEWONERS_JUNI, bewonersOverWijkteam, '2025-11-01', { standpunt: -2 }));
    });
    expect(diff).toEqual(diffWith());
  });

  it('does not count a later position that repeats the view as a change', () => {
    const diff = diffAfter((to) => {
      to.positions.push(
        position(BEWONERS_JUNI, bewonersOverWijkteam, '2026-06-01', {
          standpunt: 2,
          beweging: 'van_onderop',
        }),
      );
    });
    expect(diff).toEqual(diffWith());
  });

  it('takes the position made last on the same day as the latest one', () => {
    const diff = diffAfter((to) => {
      to.positions.push(
        position(BEWONERS_JUNI, bewonersOverWijkteam, '2026-03-01', {
          standpunt: 2,
          beweging: 'van_onderop',
          reasoning: 'Later die dag bijgesteld',
          createdAt: '2026-03-01T15:00:00.000Z',
        }),
      );
    });
    expect(diff.positions.changed).toEqual([
      {
        id: `${ARMOEDE}:${WIJKTEAM}:${BEWONERS}`,
        label: 'Bewoners: Wijkteam Noord op Armoedebeleid',
        changes: [{ field: 'reasoning', from: '', to: 'Later die dag bijgesteld' }],
      },
    ]);
  });

  it('breaks a tie of day and time by id, whatever order the positions are stored in', () => {
    const twins = [
      position(BEWONERS_JUNI, bewonersOverWijkteam, '2026-06-01', { standpunt: -1, beweging: 'van_onderop' }),
      position(uuid('f5'), bewonersOverWijkteam, '2026-06-01', { standpunt: -2, beweging: 'van_onderop' }),
    ];
    const expected = [
      {
        id: `${ARMOEDE}:${WIJKTEAM}:${BEWONERS}`,
        label: 'Bewoners: Wijkteam Noord op Armoedebeleid',
        changes: [{ field: 'standpunt', from: 2, to: -2 }],
      },
    ];
    expect(diffAfter((to) => to.positions.push(...twins)).positions.changed).toEqual(expected);
    expect(diffAfter((to) => to.positions.push(...twins.toReversed())).positions.changed).toEqual(expected);
  });

  it('lists a first view as an added position and a withdrawn one as removed, named from its own document', () => {
    const diff = diffAfter((to) => {
      to.positions = to.positions.filter((record) => record.perspectiveId !== REDACTIE);
      find(to.actors, GEMEENTE).name = 'Gemeente Utrecht (SD)';
      to.positions.push(
        position(
          BEWONERS_JUNI,
          { topicId: ARMOEDE, actorId: BUURTKAMER, perspectiveId: BEWONERS },
          '2026-06-01',
        ),
      );
    });
    expect(diff.positions).toEqual({
      added: [
        {
          id: `${ARMOEDE}:${BUURTKAMER}:${BEWONERS}`,
          label: 'Bewoners: Buurtkamer De Kroon op Armoedebeleid',
        },
      ],
      removed: [
        { id: `${ARMOEDE}:${GEMEENTE}:${REDACTIE}`, label: 'Redactie: Gemeente Utrecht op Armoedebeleid' },
      ],
      changed: [],
    });
  });

  it('treats a relatie without claimedByEditors as claimed by the editors', () => {
    const diff = diffAfter((to) => {
      find(to.relations, SAMEN).claimedByEditors = false;
      find(to.relations, SUBSIDIE).claimedByEditors = true;
    });
    expect(diff.relations.changed).toEqual([
      {
        id: SAMEN,
        label: 'Wijkteam Noord → Buurtkamer De Kroon (werkt_samen)',
        changes: [{ field: 'claimedByEditors', from: true, to: false }],
      },
    ]);
  });

  it('names a relatie by the ids of spelers its document does not hold', () => {
    const diff = diffAfter((to) => {
      to.actors = without(to.actors, BUURTKAMER);
      to.relations.push(relation(HULP, MAATJE, BUURTKAMER, 'informeert'));
    });
    expect(diff.relations.added).toEqual([{ id: HULP, label: `${MAATJE} → ${BUURTKAMER} (informeert)` }]);
    expect(diff.actors.removed).toEqual([{ id: BUURTKAMER, label: 'Buurtkamer De Kroon' }]);
  });

  it('writes a field missing on one side as null, after the fields the older record has', () => {
    const from = firstMoment();
    delete (find(from.assessments, BEWONERS_OVER_SAMEN) as Partial<Backup['assessments'][number]>).present;
    const diff = diffAfter((to) => {
      const oordeel = find(to.assessments, BEWONERS_OVER_SAMEN);
      oordeel.strength = 3;
      oordeel.present = true;
      delete (oordeel as Partial<typeof oordeel>).note;
    }, from);
    expect(diff.assessments.changed).toEqual([
      {
        id: BEWONERS_OVER_SAMEN,
        label: 'Bewoners: Wijkteam Noord → Buurtkamer De Kroon (werkt_samen)',
        changes: [
          { field: 'strength', from: 4, to: 3 },
          { field: 'note', from: '', to: null },
          { field: 'present', from: null, to: true },
        ],
      },
    ]);
  });

  it('sorts every list by label as Dutch sorts it, then by id, whatever order the documents hold', () => {
    const names: [string, string][] = [
      [uuid('a19'), 'zorgcentrum'],
      [uuid('a18'), 'IJsclub'],
      [uuid('a17'), 'Állegonde'],
      [uuid('a16'), 'buurthuis'],
      [uuid('a15'), 'Buurthuis'],
      [uuid('a14'), 'Anker'],
      [uuid('a13'), 'Anker'],
    ];
    const added = names.map(([id, name]) => actor(id, name));
    const from = firstMoment();
    const forwards = diffAfter((to) => to.actors.push(...added), from);
    const backwards = diffAfter((to) => to.actors.push(...added.toReversed()), from);

    expect(forwards.actors.added).toEqual([
      { id: uuid('a17'), label: 'Állegonde' },
      { id: uuid('a13'), label: 'Anker' },
      { id: uuid('a14'), label: 'Anker' },
      { id: uuid('a16'), label: 'buurthuis' },
      { id: uuid('a15'), label: 'Buurthuis' },
      { id: uuid('a18'), label: 'IJsclub' },
      { id: uuid('a19'), label: 'zorgcentrum' },
    ]);
    expect(backwards).toEqual(forwards);
  });

  it('leaves both documents as they were', () => {
    const from = firstMoment();
    const to = structuredClone(from);
    find(to.actors, WIJKTEAM).tags = ['kern', 'wijk'];
    const snapshot = structuredClone({ from, to });
    diffBackups(from, to);
    expect({ from, to }).toEqual(snapshot);
  });
});
