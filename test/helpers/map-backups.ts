/**
 * Backups for the map-image tests without a database: the demo werkruimte with stable made-up ids (as a
 * restore would give it new ones), and a synthetic map of any size from a seeded generator, for the
 * 10,000-speler / 50,000-relatie measurement.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRng } from '../../src/analysis/index.ts';
import { DOMAINS, EMPTY_PROFILE, FORCES, RELATION_TYPES } from '../../src/domain/index.ts';
import { BACKUP_FORMAT, type Backup, backupSchema } from '../../src/formats/index.ts';

const DEMO = join(import.meta.dirname, '../../data/demo/voorbeeldgemeente.json');

/** A version-4-shaped uuid from a number, so ids are stable between runs. */
export function fakeUuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

interface DemoFile {
  workspace: Backup['workspace'];
  actors: Array<Record<string, unknown> & { key: string }>;
  relations: Array<Record<string, unknown> & { source: string; target: string }>;
}

export function demoBackup(layouts: Backup['layouts'] = {}): Backup {
  const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as DemoFile;
  const ids = new Map(demo.actors.map((actor, index) => [actor.key, fakeUuid(index + 1)]));
  return backupSchema.parse({
    format: BACKUP_FORMAT,
    exportedAt: '2026-03-12T10:00:00.000Z',
    workspace: demo.workspace,
    actors: demo.actors.map(({ key, ...actor }) => ({ ...actor, id: ids.get(key) })),
    relations: demo.relations.map(({ source, target, perspective: _perspective, ...relation }, index) => ({
      ...relation,
      id: fakeUuid(100_000 + index),
      sourceId: ids.get(source),
      targetId: ids.get(target),
    })),
    layouts,
  });
}

/** A random map with `actors` spelers and `relations` relaties (no self-relations), the same for a seed. */
export function syntheticBackup(actors: number, relations: number, seed = 1): Backup {
  const random = seededRng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  return {
    format: BACKUP_FORMAT,
    exportedAt: '2026-03-12T10:00:00.000Z',
    workspace: { name: 'Grote gemeente', gemeente: 'GM0363', wijken: [], description: '' },
    actors: Array.from({ length: actors }, (_, index) => ({
      id: fakeUuid(index + 1),
      name: `Speler ${index + 1}`,
      force: pick(FORCES),
      kind: 'organisatie' as const,
      ...EMPTY_PROFILE,
      domains: [pick(DOMAINS)],
      scale: null,
      wijken: [],
      tags: [],
      website: null,
      sources: [],
    })),
    relations: Array.from({ length: relations }, (_, index) => {
      const source = Math.floor(random() * actors);
      const target = (source + 1 + Math.floor(random() * (actors - 1))) % actors;
      return {
        id: fakeUuid(1_000_000 + index),
        sourceId: fakeUuid(source + 1),
        targetId: fakeUuid(target + 1),
        type: pick(RELATION_TYPES),
        strength: 1 + Math.floor(random() * 5),
        description: '',
        validFrom: null,
        validTo: null,
        perspective: null,
        sources: [],
      };
    }),
    layouts: {},
    perspectives: [],
    assessments: [],
    topics: [],
    positions: [],
  };
}
