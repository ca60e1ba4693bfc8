/**
 * Migrations 0006 and 0007 on a database that already holds relaties with free-text perspectives, on
 * PGlite and on the PostgreSQL server: every werkruimte gets the editors' perspective and one per kracht,
 * each distinct free text that names none of them becomes a perspective of its own, and each such relatie
 * gets that perspective's assessment with its strength — nothing of the old text is lost. 0007 does the
 * same for texts written between the two (keeping an assessment the perspective made already), then drops
 * the column.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKENDS, createServerDatabase } from '../helpers/test-database.ts';

const MIGRATIONS = join(import.meta.dirname, '../../drizzle');
const BEFORE = '0005_oidc_logins';
const CLAIMS = '0006_perspectives_claims_topics';

/** A copy of the migrations folder that stops at `last`: the database as an older release left it. */
function migrationsUpTo(last: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'kv-migrations-'));
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const end = journal.entries.findIndex((entry) => entry.tag === last);
  journal.entries = journal.entries.slice(0, end + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

interface Sql {
  query(text: string): Promise<{ rows: Record<string, unknown>[] }>;
}

const W1 = '00000000-0000-4000-8000-000000000001';
const W2 = '00000000-0000-4000-8000-000000000002';
const actor = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
const relation = (n: number) => `00000000-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`;

/** Two werkruimtes; relaties with no text, a kracht code, a group in two spellings, a default's name. */
async function seedOldDatabase(sql: Sql) {
  await sql.query(`insert into gemeenten values ('GM0363', 'Amsterdam', 'PV27', 'Noord-Holland', 2026)`);
  await sql.query(`insert into workspaces (id, name, gemeente_code) values
    ('${W1}', 'Een', 'GM0363'), ('${W2}', 'Twee', 'GM0363')`);
  await sql.query(`insert into actors (id, workspace_id, name, force, kind) values
    ('${actor(1)}', '${W1}', 'A', 'gemeente', 'organisatie'),
    ('${actor(2)}', '${W1}', 'B', 'bewoner', 'initiatief'),
    ('${actor(3)}', '${W1}', 'C', 'professional', 'team'),
    ('${actor(4)}', '${W2}', 'D', 'gemeente', 'organisatie'),
    ('${actor(5)}', '${W2}', 'E', 'bewoner', 'initiatief')`);
  await sql.query(`insert into relations (id, workspace_id, source_id, target_id, type, strength, perspective) values
    ('${relation(1)}', '${W1}', '${actor(1)}', '${actor(2)}', 'werkt_samen', 3, null),
    ('${relation(2)}', '${W1}', '${actor(2)}', '${actor(1)}', 'financiert', 2, 'bewoner'),
    ('${relation(3)}', '${W1}', '${actor(1)}', '${actor(3)}', 'werkt_samen', 5, 'Wijkteam Noord'),
    ('${relation(4)}', '${W1}', '${actor(3)}', '${actor(2)}', 'informeert', 4, 'wijkteam noord'),
    ('${relation(5)}', '${W1}', '${actor(3)}', '${actor(1)}', 'informeert', 1, 'Gemeente'),
    ('${relation(6)}', '${W2}', '${actor(4)}', '${actor(5)}', 'werkt_samen', 3, 'Wijkteam Noord')`);
}

async function expectMigrated(sql: Sql) {
  const perspectives = (
    await sql.query(
      `select workspace_id, name, force, editors from perspectives order by workspace_id, editors desc, name`,
    )
  ).rows;
  const defaults = [
    { name: 'Redactie', force: null, editors: true },
    { name: 'Bewoners', force: 'bewoner', editors: false },
    { name: 'Gemeente', force: 'gemeente', editors: false },
    { name: 'Instellingen', force: 'instelling', editors: false },
    { name: 'Professionals', force: 'professional', editors: false },
    { name: 'Rijk', force: 'rijk', editors: false },
  ];
  const groupOf = (workspace: string) =>
    perspectives.filter((p) => p.workspace_id === workspace).map(({ workspace_id: _, ...rest }) => rest);
  // The first spelling of a group found in each werkruimte, once; each werkruimte its own.
  const wijkteam = { name: 'Wijkteam Noord', force: null, editors: false };
  expect(groupOf(W1)).toEqual([
    defaults[0],
    ...[...defaults.slice(1), wijkteam].sort((a, b) => a.name.localeCompare(b.name)),
  ]);
  expect(groupOf(W2)).toEqual([
    defaults[0],
    ...[...defaults.slice(1), wijkteam].sort((a, b) => a.name.localeCompare(b.name)),
  ]);

  const assessments = (
    await sql.query(`select r.id as relation, p.name as perspective, a.present, a.strength, a.workspace_id
      from relation_assessments a join relations r on r.id = a.relation_id
      join perspectives p on p.id = a.perspective_id order by r.id`)
  ).rows;
  expect(assessments).toEqual([
    { relation: relation(2), perspective: 'Bewoners', present: true, strength: 2, workspace_id: W1 },
    { relation: relation(3), perspective: 'Wijkteam Noord', present: true, strength: 5, workspace_id: W1 },
    { relation: relation(4), perspective: 'Wijkteam Noord', present: true, strength: 4, workspace_id: W1 },
    { relation: relation(5), perspective: 'Gemeente', present: true, strength: 1, workspace_id: W1 },
    { relation: relation(6), perspective: 'Wijkteam Noord', present: true, strength: 3, workspace_id: W2 },
  ]);
  // The old texts are still there, untouched, until the formats carry perspectives themselves.
  const texts = (await sql.query(`select perspective from relations order by id`)).rows.map(
    (r) => r.perspective,
  );
  expect(texts).toEqual([null, 'bewoner', 'Wijkteam Noord', 'wijkteam noord', 'Gemeente', 'Wijkteam Noord']);
}

/** Between 0006 and 0007: a new group's text, and a text whose perspective assessed the relatie already. */
async function seedBetween(sql: Sql) {
  await sql.query(`insert into relations (id, workspace_id, source_id, target_id, type, strength, perspective) values
    ('${relation(7)}', '${W1}', '${actor(2)}', '${actor(3)}', 'werkt_samen', 2, 'Buurtraad'),
    ('${relation(8)}', '${W2}', '${actor(5)}', '${actor(4)}', 'informeert', 4, 'bewoner')`);
  await sql.query(`insert into relation_assessments (workspace_id, relation_id, perspective_id, present)
    select '${W2}', '${relation(8)}', id, false from perspectives where workspace_id = '${W2}' and force = 'bewoner'`);
}

async function expectDropped(sql: Sql) {
  const assessments = (
    await sql.query(`select r.id as relation, p.name as perspective, a.present, a.strength
      from relation_assessments a join relations r on r.id = a.relation_id
      join perspectives p on p.id = a.perspective_id where r.id in ('${relation(7)}', '${relation(8)}') order by r.id`)
  ).rows;
  expect(assessments).toEqual([
    { relation: relation(7), perspective: 'Buurtraad', present: true, strength: 2 },
    // The residents' own later word stands.
    { relation: relation(8), perspective: 'Bewoners', present: false, strength: null },
  ]);
  const column = await sql.query(
    `select 1 from information_schema.columns where table_name = 'relations' and column_name = 'perspective'`,
  );
  expect(column.rows).toEqual([]);
}

describe.each(BACKENDS)('migrations 0006 and 0007 (perspectives) on %s', (backend) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('turns free-text perspectives into perspectives and assessments, losing nothing, then drops them', async () => {
    const older = migrationsUpTo(BEFORE);
    const withClaims = migrationsUpTo(CLAIMS);
    cleanups.push(() => rmSync(older, { recursive: true, force: true }));
    cleanups.push(() => rmSync(withClaims, { recursive: true, force: true }));
    let sql: Sql;
    let migrateTo: (folder: string) => Promise<void>;
    if (backend === 'pglite') {
      const client = new PGlite();
      cleanups.push(() => client.close());
      sql = client;
      migrateTo = (folder) => migratePglite(drizzlePglite({ client }), { migrationsFolder: folder });
    } else {
      const server = await createServerDatabase();
      cleanups.push(() => server.drop());
      const pool = new pg.Pool({ connectionString: server.url, max: 1 });
      cleanups.push(() => pool.end());
      sql = pool;
      migrateTo = (folder) => migratePg(drizzlePg({ client: pool }), { migrationsFolder: folder });
    }
    await migrateTo(older);
    await seedOldDatabase(sql);
    await migrateTo(withClaims);
    await expectMigrated(sql);
    await seedBetween(sql);
    await migrateTo(MIGRATIONS);
    await expectDropped(sql);
  });
});
