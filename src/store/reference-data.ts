/**
 * The reference list of gemeenten (data/gemeenten.csv, CBS, CC BY 4.0). It is synchronised into the
 * `gemeenten` table at every start, so the foreign key from werkruimtes refuses unknown codes and a new
 * year's list needs only a new file. One fictitious gemeente (PRACTICE_GEMEENTE) is added beside them. Rows are upserted, never deleted: a werkruimte of a gemeente that has
 * since merged keeps its code.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { asc, sql } from 'drizzle-orm';
import { GEMEENTE_CODE, type Gemeente, PRACTICE_GEMEENTE } from '../domain/index.ts';
import type { Db } from './db.ts';
import { gemeenten } from './schema.ts';

export const GEMEENTEN_CSV = fileURLToPath(new URL('../../data/gemeenten.csv', import.meta.url));

interface GemeenteCsvRow {
  code: string;
  naam: string;
  provincie_code: string;
  provincie_naam: string;
  jaar: string;
}

export function readGemeentenCsv(path = GEMEENTEN_CSV): Gemeente[] {
  const rows: GemeenteCsvRow[] = parse(readFileSync(path), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  });
  return rows.map((row, index) => {
    if (!GEMEENTE_CODE.test(row.code))
      throw new Error(`${path} row ${index + 2}: bad gemeente code "${row.code}"`);
    return {
      code: row.code,
      name: row.naam,
      provinceCode: row.provincie_code,
      provinceName: row.provincie_naam,
      year: Number(row.jaar),
    };
  });
}

/** CBS's gemeenten and the fictitious one of the demo and practice werkruimtes. */
export async function syncGemeenten(
  db: Db,
  list: Gemeente[] = [...readGemeentenCsv(), PRACTICE_GEMEENTE],
): Promise<void> {
  await db
    .insert(gemeenten)
    .values(list)
    .onConflictDoUpdate({
      target: gemeenten.code,
      set: {
        name: sql`excluded.name`,
        provinceCode: sql`excluded.province_code`,
        provinceName: sql`excluded.province_name`,
        year: sql`excluded.year`,
      },
    });
}

export async function listGemeenten(db: Db): Promise<Gemeente[]> {
  return db.select().from(gemeenten).orderBy(asc(gemeenten.name));
}
