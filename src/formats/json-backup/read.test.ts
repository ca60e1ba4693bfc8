import { describe, expect, it } from 'vitest';
import { readBackup } from './read.ts';
import { backupJsonSchema } from './schema.ts';
import { writeBackup } from './write.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const R = '00000000-0000-4000-8000-0000000000f1';

const backup = {
  exportedAt: '2026-11-23T12:00:00.000Z',
  workspace: { name: 'Test', gemeente: 'GM0344', wijken: ['Noord'], description: '' },
  actors: [
    { id: A, name: 'Wijkteam', force: 'professional' as const },
    { id: B, name: 'Buurtkamer', force: 'bewoner' as const },
  ],
  relations: [{ id: R, sourceId: A, targetId: B, type: 'werkt_samen' as const }],
  layouts: { force: { [A]: { x: 1, y: 2 } } },
};

function codes(text: string) {
  const result = readBackup(text);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path} ${issue.code}`);
}

describe('JSON backup', () => {
  it('reads what it writes, with defaults filled in', () => {
    const result = readBackup(writeBackup(backup as never));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.actors[0]?.kind).toBe('organisatie');
    expect(result.backup.relations[0]?.strength).toBe(3);
    expect(readBackup(writeBackup(result.backup))).toEqual(result);
  });

  it('names every problem with its place, never a partial result', () => {
    expect(codes('{ not json')).toEqual([' invalid_json']);
    expect(codes(JSON.stringify({ ...backup, format: 'iets-anders/9' }))).toEqual(['format unknown_format']);
    const broken = {
      ...backup,
      format: 'krachtenveld-backup/1',
      actors: [...backup.actors, { ...backup.actors[0] }],
      relations: [
        { id: R, sourceId: A, targetId: 'ffffffff-0000-4000-8000-000000000000', type: 'werkt_samen' },
        { id: R, sourceId: A, targetId: A, type: 'werkt_samen' },
      ],
      layouts: { force: { 'ffffffff-0000-4000-8000-000000000001': { x: 0, y: 0 } } },
    };
    expect(codes(JSON.stringify(broken))).toEqual([
      'actors.2.id duplicate_items',
      'relations.0.targetId actor_not_in_workspace',
      'relations.1.id duplicate_items',
      'relations.1.targetId self_relation',
      'layouts.force.ffffffff-0000-4000-8000-000000000001 actor_not_in_workspace',
    ]);
  });

  it('refuses unknown keys anywhere as unknown_field, __proto__ included', () => {
    const valid = { ...backup, format: 'krachtenveld-backup/1' };
    const text = JSON.stringify(valid);
    const withKey = (json: string) => codes(json);
    expect(withKey(text.replace('"layouts":{', '"layouts":{"__proto__":{"x":1},'))).toEqual([
      'layouts.__proto__ unknown_field',
    ]);
    expect(
      withKey(text.replace('"layouts":{"force":{', `"layouts":{"force":{"__proto__":{"x":1,"y":1},`)),
    ).toEqual(['layouts.force.__proto__ unknown_field']);
    expect(
      withKey(text.replace('"name":"Wijkteam"', '"name":"Wijkteam","__proto__":{"isAdmin":true}')),
    ).toEqual(['actors.0.__proto__ unknown_field']);
    expect(withKey(text.replace('"layouts":{', '"layouts":{"wereldkaart":{},'))).toEqual([
      'layouts.wereldkaart unknown_field',
    ]);
    expect(withKey(text.replace('"name":"Buurtkamer"', '"name":"Buurtkamer","kleur":"rood"'))).toEqual([
      'actors.1.kleur unknown_field',
    ]);
  });

  it('lists the first 1,000 problems of a huge bad backup and counts every one', () => {
    const actors = Array.from({ length: 5_000 }, (_, k) => ({ id: `niet-${k}`, name: 7, force: 'maan' }));
    const result = readBackup(JSON.stringify({ ...backup, format: 'krachtenveld-backup/1', actors }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1_000);
    expect(
      result.issues
        .slice(0, 3)
        .map((issue) => `${issue.path} ${issue.code}`)
        .sort(),
    ).toEqual(['actors.0.force invalid_enum', 'actors.0.id uuid_format', 'actors.0.name invalid_type']);
    expect(result.total).toBe(15_000);
  });

  // A changed backup schema (a new speler field, say) refreshes the document with `npx vitest run -u`.
  it('keeps docs/backup.schema.json equal to the schema it is generated from', async () => {
    await expect(`${JSON.stringify(backupJsonSchema(), null, 2)}\n`).toMatchFileSnapshot(
      '../../../docs/backup.schema.json',
    );
  });
});
