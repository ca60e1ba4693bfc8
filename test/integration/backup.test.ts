/**
 * JSON backup and restore on every database backend: the demo werkruimte (with saved positions) makes the
 * round trip unchanged, and a refused restore writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backup, LIMITS, writeBackup } from '../../src/formats/index.ts';
import { CLI_AUTHOR, exportBackup, loadDemoWorkspace, restoreBackup } from '../../src/services/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import { workspaceContent } from '../helpers/workspace-content.ts';

describe.each(BACKENDS)('JSON backup on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(backend);
  });
  afterAll(() => t.close());

  it('restores the demo werkruimte with every speler, relatie and saved position', async () => {
    const demo = await loadDemoWorkspace(t.store);
    const actors = await t.store.actors.listAll(demo.id);
    const positions = Object.fromEntries(actors.map((actor, k) => [actor.id, { x: k, y: -k / 3 }]));
    await t.store.layouts.savePositions(demo.id, 'force', positions);

    const first = await exportBackup(t.store, demo);
    expect(first.actors).toHaveLength(67);
    expect(first.relations).toHaveLength(210);
    const restored = await restoreBackup(t.store, CLI_AUTHOR, writeBackup(first));
    expect(restored.id).not.toBe(demo.id);
    const second = await exportBackup(t.store, restored);
    expect(workspaceContent(second)).toEqual(workspaceContent(first));
    // New ids throughout, consistently mapped.
    expect(second.actors.some((actor) => first.actors.some((old) => old.id === actor.id))).toBe(false);
  });

  it("reads a version 1 backup: a relatie's free-text perspective becomes that perspective's claim", async () => {
    const demo = (await t.store.workspaces.list({ page: 1, pageSize: 1 })).items[0];
    const current = await exportBackup(t.store, demo as NonNullable<typeof demo>);
    const [first, second, third] = current.relations as [
      Backup['relations'][number],
      Backup['relations'][number],
      Backup['relations'][number],
    ];
    const v1 = {
      format: 'krachtenveld-backup/1',
      exportedAt: current.exportedAt,
      workspace: current.workspace,
      actors: current.actors,
      relations: [
        { ...first, perspective: 'bewoner' },
        { ...second, perspective: 'Wijkraad Noord' },
        { ...third, perspective: null },
      ],
      layouts: {},
    };
    const restored = await restoreBackup(t.store, CLI_AUTHOR, JSON.stringify(v1));
    const after = await exportBackup(t.store, restored);
    const names = new Map(after.perspectives.map((p) => [p.id, p.name]));
    // The perspectives a new werkruimte starts with, and the one the text named.
    expect([...names.values()].sort()).toEqual([
      'Bewoners',
      'Gemeente',
      'Instellingen',
      'Professionals',
      'Redactie',
      'Rijk',
      'Wijkraad Noord',
    ]);
    const claims = after.assessments.map((a) => ({
      perspective: names.get(a.perspectiveId),
      present: a.present,
      strength: a.strength,
      origin: a.origin,
    }));
    expect(claims).toEqual(
      expect.arrayContaining([
        { perspective: 'Bewoners', present: true, strength: first.strength, origin: 'import' },
        { perspective: 'Wijkraad Noord', present: true, strength: second.strength, origin: 'import' },
      ]),
    );
    expect(claims).toHaveLength(2);
  });

  it('refuses a broken backup and writes nothing', async () => {
    const before = (await t.store.workspaces.list({ page: 1, pageSize: 500 })).totalItems;
    const demo = (await t.store.workspaces.list({ page: 1, pageSize: 1 })).items[0];
    const backup = await exportBackup(t.store, demo as NonNullable<typeof demo>);
    const wrongGemeente = { ...backup, workspace: { ...backup.workspace, gemeente: 'GM9998' } };
    await expect(restoreBackup(t.store, CLI_AUTHOR, writeBackup(wrongGemeente))).rejects.toMatchObject({
      name: 'ValidationError',
      issues: [expect.objectContaining({ code: 'unknown_gemeente' })],
    });
    const danglingRelation = {
      ...backup,
      assessments: [],
      relations: [
        {
          ...(backup.relations[0] as Backup['relations'][number]),
          sourceId: '00000000-0000-4000-8000-000000000000',
        },
      ],
    };
    await expect(restoreBackup(t.store, CLI_AUTHOR, writeBackup(danglingRelation))).rejects.toMatchObject({
      issues: [{ path: 'relations.0.sourceId', code: 'actor_not_in_workspace' }],
    });
    await expect(
      restoreBackup(t.store, CLI_AUTHOR, '{"format":"krachtenveld-backup/1"'),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'invalid_json' })],
    });
    expect((await t.store.workspaces.list({ page: 1, pageSize: 500 })).totalItems).toBe(before);
  });
});

/** A multipart/form-data body with one file field, as a browser's upload sends it. */
function upload(content: string | Buffer, field = 'file') {
  const boundary = '----krachtenveldtest';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="backup.json"\r\nContent-Type: application/json\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe.each(BACKENDS)('export and import over HTTP on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(backend);
  });
  afterAll(() => t.close());

  it('downloads a werkruimte as a backup and uploads it as a new one', async () => {
    const demo = await loadDemoWorkspace(t.store);
    const download = await t.inject({ url: `/api/v1/workspaces/${demo.id}/export?format=json` });
    expect(download.statusCode, download.body).toBe(200);
    expect(download.headers['content-disposition']).toBe(
      'attachment; filename="voorbeeldgemeente.krachtenveld.json"',
    );
    const created = await t.inject({
      method: 'POST',
      url: '/api/v1/workspaces/import',
      ...upload(download.body),
    });
    expect(created.statusCode, created.body).toBe(201);
    const backup = JSON.parse(download.body) as Backup;
    expect(backup.format).toBe('krachtenveld-backup/2');
    // The demo's perspectives replace the ones a new werkruimte starts with: the same names, some reused.
    const { perspectives, ...claims } = created.json().summary.claims;
    expect(perspectives.created + perspectives.updated).toBe(backup.perspectives.length);
    expect(created.json().summary).toEqual({
      actors: { created: 67, updated: 0 },
      relations: { created: 210, updated: 0 },
      ignored: [],
      mapped: [],
      claims: expect.anything(),
    });
    expect(claims).toEqual({
      topics: { created: backup.topics.length, updated: 0 },
      assessments: { created: backup.assessments.length, updated: 0 },
      positions: { created: backup.positions.length, updated: 0 },
    });
    expect(created.json().workspace.name).toBe('Voorbeeldgemeente');
  });

  it('refuses bad uploads with the place of each problem, and writes nothing', async () => {
    const before = (await t.store.workspaces.list({ page: 1, pageSize: 1 })).totalItems;
    const post = (body: ReturnType<typeof upload>) =>
      t.inject({ method: 'POST', url: '/api/v1/workspaces/import', ...body });

    const broken = await post(upload('{"format":"krachtenveld-backup/1","exportedAt":"x"}'));
    expect(broken.statusCode).toBe(400);
    const names = broken.json().invalidParams.map((param: { name: string }) => param.name);
    expect(names).toEqual(expect.arrayContaining(['exportedAt', 'workspace', 'actors', 'relations']));

    const wrongField = await post(upload('{}', 'bestand'));
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'bestand', code: 'unknown_field' }),
    ]);

    const notMultipart = await t.inject({
      method: 'POST',
      url: '/api/v1/workspaces/import',
      payload: {},
    });
    expect(notMultipart.statusCode).toBe(400);

    const tooLarge = await post(upload(Buffer.alloc(LIMITS.fileBytes + 1, 32)));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.headers['content-type']).toContain('application/problem+json');

    const unknownFormat = await t.inject({
      url: `/api/v1/workspaces/${(await loadDemoWorkspace(t.store)).id}/export?format=pdf`,
    });
    expect(unknownFormat.statusCode).toBe(400);
    expect((await t.store.workspaces.list({ page: 1, pageSize: 1 })).totalItems).toBe(before + 1);
  });

  it('downloads the spelers and relaties as CSV tables, formulas neutralised', async () => {
    const workspace = await t.createWorkspace();
    const a = await t.createActor(workspace.id, { name: '=HYPERLINK("http://x")' });
    const b = await t.createActor(workspace.id, { name: 'Buurtkamer' });
    await t.createRelation(workspace.id, a.id, b.id);
    const spelers = await t.inject({
      url: `/api/v1/workspaces/${workspace.id}/export?format=csv&table=spelers`,
    });
    expect(spelers.statusCode, spelers.body).toBe(200);
    expect(spelers.headers['content-type']).toContain('text/csv');
    expect(spelers.body).toContain(`'=HYPERLINK(""http://x"")`);
    const relaties = await t.inject({
      url: `/api/v1/workspaces/${workspace.id}/export?format=csv&table=relaties`,
    });
    expect(relaties.body.split('\r\n')[1]).toContain(`'=HYPERLINK(""http://x"")";Buurtkamer;`);
    const noTable = await t.inject({ url: `/api/v1/workspaces/${workspace.id}/export?format=csv` });
    expect(noTable.statusCode).toBe(400);
    expect(noTable.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'table', code: 'required' }),
    ]);
  });
});
