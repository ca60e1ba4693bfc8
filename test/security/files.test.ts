/**
 * Heavy and hostile files, on every database backend — the findings of the file-handling probe against
 * 63c21b7, each with the project's own generated hostile files (test/fixtures/hostile-files.ts):
 *
 * - a line break before a formula in a text field reached the CSV export unquoted, so every reader saw a
 *   new row starting with an unneutralised `@SUM(1+1)`; XLSX folded CR and CRLF into LF;
 * - small XLSX files inside every byte limit (15 million shared strings, 5 million styles, 3.9 million
 *   cells) were read on the event loop for seconds; now each is refused early with its own code, on a
 *   file-job thread, while the server keeps answering;
 * - a backup with 100,000 wrongly typed spelers answered with 1.7 million problems (164 MB); now every
 *   error answer lists at most 1,000, with the total and a sentence saying the rest is not listed;
 * - `__proto__` inside a backup's layouts was dropped silently; now it is `unknown_field`;
 * - the job queue answers 429 (this account) and 503 (installation) with Retry-After, and a job past its
 *   memory or time limit is stopped with a clear 422 while the server carries on.
 * (Session idle expiry is in sessions.test.ts.)
 */
import { PassThrough } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/domain/index.ts';
import { LIMITS } from '../../src/formats/index.ts';
import { badBackup, badIdsCsv, cellsXlsx, sharedStringsXlsx, stylesXlsx } from '../fixtures/hostile-files.ts';
import { buildTestApp, type TestApp, type TestSession, withSession } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import { API, expectProblem, multipart, workspaceUrl } from './support.ts';

const DANGEROUS_START = /^[=+\-@\t\r]/;

const upload = (
  t: TestApp,
  session: TestSession,
  file: { name: string; bytes: Buffer | string },
  url = `${API}/workspaces/import`,
) =>
  t.app.inject(
    withSession(session, {
      method: 'POST',
      url,
      ...multipart([file], url.endsWith('/workspaces/import') ? { name: 'Aanval', gemeente: 'GM0344' } : {}),
    }),
  );

/**
 * An upload whose body stays open until `finish()`: its job place is taken (on admission, before the body
 * is read) and held for as long as the test wants, without depending on how long a job takes.
 */
function slowUpload(t: TestApp, session: TestSession, file: { name: string; bytes: string }) {
  const { payload, headers } = multipart([file], { name: 'Traag', gemeente: 'GM0344' });
  const body = payload as Buffer;
  const stream = new PassThrough();
  stream.write(body.subarray(0, 10));
  const response = t.app.inject(
    withSession(session, { method: 'POST', url: `${API}/workspaces/import`, headers, payload: stream }),
  );
  return { response, finish: () => stream.end(body.subarray(10)) };
}

async function untilLoad(t: TestApp, load: { running: number; waiting: number }): Promise<void> {
  for (let tries = 0; tries < 2_000 && t.app.fileJobs.load().waiting < load.waiting; tries++)
    await new Promise((resolve) => setTimeout(resolve, 5));
  expect(t.app.fileJobs.load()).toEqual(load);
}

/** Waits (without a clock) until the app's job pool shows `running` jobs. */
async function untilRunning(t: TestApp, running: number): Promise<void> {
  for (let tries = 0; tries < 2_000 && t.app.fileJobs.load().running < running; tries++)
    await new Promise((resolve) => setTimeout(resolve, 5));
  expect(t.app.fileJobs.load().running).toBe(running);
}

function expectBoundedIssues(response: LightMyRequestResponse, total: number) {
  const body = expectProblem(response, 400, 'validation') as ReturnType<typeof expectProblem> & {
    invalidParamsTotal?: number;
  };
  expect(body.invalidParams).toHaveLength(LIMITS.listedIssues);
  expect(body.invalidParamsTotal).toBe(total);
  expect(body.detail).toMatch(/de eerste 1\.000; de rest is niet genoemd/);
  expect(response.body.length).toBeLessThan(400_000);
}

describe.each(BACKENDS)('hostile files on %s', (backend) => {
  let t: TestApp;
  let lezer: TestSession;
  let workspace: Workspace;

  beforeAll(async () => {
    t = await buildTestApp(backend);
    lezer = await t.signUp('lezer@example.org', 'Lezer');
    workspace = await t.createWorkspace({ name: 'Regels' });
  });
  afterAll(() => t.close());

  it('quotes a line break in CSV, so a formula after it never starts a row of its own', async () => {
    const a = await t.createActor(workspace.id, { name: 'Buurtkamer', force: 'bewoner', rol: 'x\n=1+1' });
    const b = await t.createActor(workspace.id, { name: 'Wijkteam', force: 'professional' });
    await t.createRelation(workspace.id, a.id, b.id, { description: 'regel 1\n@SUM(1+1)' });
    for (const [table, records, field, value] of [
      ['spelers', 2, 'rol', 'x\n=1+1'],
      ['relaties', 1, 'omschrijving', 'regel 1\n@SUM(1+1)'],
    ] as const) {
      const response = await t.inject(`${workspaceUrl(workspace)}/export?format=csv&table=${table}`);
      expect(response.statusCode).toBe(200);
      // As Excel reads it: any CR, LF or CRLF outside quotes ends a row.
      const rows = parseCsv(response.body, {
        delimiter: ';',
        bom: true,
        record_delimiter: ['\r\n', '\n', '\r'],
        relax_column_count: true,
      }) as string[][];
      expect(rows).toHaveLength(records + 1);
      const column = rows[0]?.indexOf(field) as number;
      expect(rows.map((row) => row[column])).toContain(value);
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(DANGEROUS_START);
    }
  });

  it('keeps CR and CRLF in XLSX as written', async () => {
    const texts = ['een\r\ntwee', 'drie\rvier'];
    await t.createActor(workspace.id, { name: 'Regeleinden', force: 'gemeente', achtergrond: texts[0] });
    await t.createActor(workspace.id, { name: 'Oude Mac', force: 'gemeente', achtergrond: texts[1] });
    const response = await t.inject(`${workspaceUrl(workspace)}/export?format=xlsx`);
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const values = book.getWorksheet('spelers')?.getColumn('J').values ?? [];
    expect(book.getWorksheet('spelers')?.getCell('J1').value).toBe('achtergrond');
    for (const text of texts) expect(values).toContain(text);
  });

  it.each([
    [
      '15 million shared strings',
      () => sharedStringsXlsx(15_000_000),
      'too_many_shared_strings',
      'sharedStrings',
    ],
    ['5 million styles', () => stylesXlsx(5_000_000), 'too_many_styles', 'styleElements'],
    ['3.9 million cells', () => cellsXlsx(3_900_000), 'too_many_cells', 'cells'],
  ] as const)('refuses an XLSX with %s by its own code, naming the limit', async (_what, make, code, cap) => {
    const response = await upload(t, lezer, { name: 'aanval.xlsx', bytes: make() });
    const body = expectProblem(response, 400, 'validation');
    expect(body.invalidParams).toEqual([
      {
        name: '',
        code,
        reason: expect.stringContaining(new Intl.NumberFormat('nl-NL').format(LIMITS[cap])),
        maximum: LIMITS[cap],
      },
    ]);
  });

  it('keeps answering other requests while a heavy XLSX is read on a job thread', async () => {
    // 1.5 million shared strings: inside the cap, so exceljs reads them all, for seconds, on the job thread.
    let answered = false;
    const pending = upload(t, lezer, { name: 'zwaar.xlsx', bytes: sharedStringsXlsx(1_500_000) }).then(
      (response) => {
        answered = true;
        return response;
      },
    );
    await untilRunning(t, 1);
    const health = await t.app.inject(`${API}/health`);
    const list = await t.inject(`${API}/workspaces`);
    expect([health.statusCode, list.statusCode]).toEqual([200, 200]);
    expect(answered).toBe(false);
    // Its sheet has a header and no rows: an empty werkruimte.
    expect((await pending).statusCode).toBe(201);
  });

  it('answers a backup with 100,000 wrongly typed spelers with 1,000 problems and the total', async () => {
    const response = await upload(t, lezer, { name: 'aanval.json', bytes: badBackup(100_000) });
    expectBoundedIssues(response, 1_700_000);
  });

  it('answers a CSV with 30,000 ids that are no uuid with 1,000 problems and the total', async () => {
    const response = await upload(t, lezer, { name: 'aanval.csv', bytes: badIdsCsv(30_000) });
    expectBoundedIssues(response, 30_000);
  });

  it('refuses __proto__ in a backup as an unknown field, also inside layouts', async () => {
    const exported = await t.inject(`${workspaceUrl(workspace)}/export?format=json`);
    const text = JSON.stringify({ ...exported.json(), layouts: {} }).replace(
      '"layouts":{}',
      '"layouts":{"__proto__":{"x":1}}',
    );
    const body = expectProblem(
      await upload(t, lezer, { name: 'proto.json', bytes: text }),
      400,
      'validation',
    );
    expect(body.invalidParams?.map((param) => [param.name, param.code])).toEqual([
      ['layouts.__proto__', 'unknown_field'],
    ]);
  });
});

describe.each(BACKENDS)('the file-job queue on %s', (backend) => {
  it('answers 429 to a second job of one account and 503 when the installation is full, with Retry-After', async () => {
    const t = await buildTestApp(backend, { fileJobs: { concurrency: 1, queueLength: 1, perAccount: 1 } });
    try {
      const [eerste, tweede, derde] = [
        await t.signUp('eerste@example.org'),
        await t.signUp('tweede@example.org'),
        await t.signUp('derde@example.org'),
      ];
      const file = { name: 'klein.csv', bytes: 'naam;kracht\r\nBuurtkamer;bewoner\r\n' };
      // Two uploads that are still arriving hold the installation's one running and one waiting place.
      const first = slowUpload(t, eerste, file);
      await untilLoad(t, { running: 0, waiting: 1 });
      const again = await upload(t, eerste, file);
      expectProblem(again, 429, 'too_many_requests');
      expect(Number(again.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      const second = slowUpload(t, tweede, file);
      await untilLoad(t, { running: 0, waiting: 2 });
      const full = await upload(t, derde, file);
      expectProblem(full, 503, 'service_unavailable');
      expect(Number(full.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // The admitted ones run to their own answer once their uploads are in; the refused changed nothing.
      first.finish();
      second.finish();
      expect([(await first.response).statusCode, (await second.response).statusCode]).toEqual([201, 201]);
      expect(t.app.fileJobs.load()).toEqual({ running: 0, waiting: 0 });
      for (const [session, count] of [
        [eerste, 1],
        [tweede, 1],
        [derde, 0],
      ] as const) {
        const mine = await t.app.inject(withSession(session, `${API}/workspaces`));
        expect((mine.json() as { items: unknown[] }).items).toHaveLength(count);
      }
    } finally {
      await t.close();
    }
  });

  it('stops a job at its memory limit with a clear 422, and the next job runs', async () => {
    const t = await buildTestApp(backend, { fileJobs: { memoryMb: 48 } });
    try {
      // 300,000 cells are within every cap, but exceljs needs ~150 MB for them.
      const response = await upload(t, t.admin, { name: 'zwaar.xlsx', bytes: cellsXlsx(300_000) });
      const body = expectProblem(response, 422, 'too_heavy');
      expect(body.reason).toBe('memory_limit');
      expect(body.detail).toContain('48 MB');
      const workspaces = (await t.inject(`${API}/workspaces`)).json() as { items: unknown[] };
      expect(workspaces.items).toHaveLength(0);
      const small = await upload(t, t.admin, {
        name: 'klein.csv',
        bytes: 'naam;kracht\r\nBuurtkamer;bewoner\r\n',
      });
      expect(small.statusCode, small.body).toBe(201);
    } finally {
      await t.close();
    }
  });

  it('stops a job at its time limit with a clear 422', async () => {
    const t = await buildTestApp(backend, { fileJobs: { timeLimitSeconds: 0.2 } });
    try {
      const response = await upload(t, t.admin, { name: 'traag.xlsx', bytes: sharedStringsXlsx(15_000_000) });
      const body = expectProblem(response, 422, 'too_heavy');
      expect(body.reason).toBe('time_limit');
      expect((await t.app.inject(`${API}/health`)).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
