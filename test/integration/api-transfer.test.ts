/**
 * The import and export API beyond the backup: templates, spreadsheets read into an existing werkruimte
 * (matched and updated, or refused whole with every place named), two CSV tables in one upload, and a
 * new werkruimte from a file that names no gemeente.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { multipart } from '../helpers/multipart.ts';
import { BACKENDS } from '../helpers/test-database.ts';

async function xlsx(rows: { spelers: unknown[][]; relaties?: unknown[][] }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, sheet] of Object.entries(rows)) {
    const worksheet = workbook.addWorksheet(name);
    for (const row of sheet) worksheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(BACKENDS)('import and export API on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(backend);
  });
  afterAll(() => t.close());

  it('serves the templates', async () => {
    const template = await t.inject({ url: '/api/v1/import-template?format=xlsx' });
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-disposition']).toBe('attachment; filename="krachtenveld-sjabloon.xlsx"');
    expect(template.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as never);
    expect(workbook.getWorksheet('spelers')?.getRow(1).getCell(2).value).toBe('naam');

    const csv = await t.inject({ url: '/api/v1/import-template?format=csv&table=relaties' });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\r\n')[0]).toContain('van;naar;relatietype');
    expect((await t.inject({ url: '/api/v1/import-template?format=csv' })).statusCode).toBe(400);
  });

  it('downloads the map as SVG and PNG with its legend', async () => {
    const workspace = await t.createWorkspace({ name: 'Kaart & legenda' });
    const a = await t.createActor(workspace.id, { name: 'Buurtkamer <Noord>', force: 'bewoner' });
    const b = await t.createActor(workspace.id, { name: 'Wijkteam', force: 'professional' });
    await t.createRelation(workspace.id, a.id, b.id);
    const svg = await t.inject({ url: `/api/v1/workspaces/${workspace.id}/export?format=svg&lang=en` });
    expect(svg.statusCode, svg.body).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.headers['content-disposition']).toBe('attachment; filename="kaart-legenda-kaart.svg"');
    expect(svg.body).toContain('Buurtkamer &lt;Noord&gt;');
    expect(svg.body).toContain('Residents');
    const dutch = await t.inject({ url: `/api/v1/workspaces/${workspace.id}/export?format=svg` });
    expect(dutch.body).toContain('Bewoners');
    const accepted = await t.inject({
      url: `/api/v1/workspaces/${workspace.id}/export?format=svg`,
      headers: { 'accept-language': 'en-GB,en;q=0.8' },
    });
    expect(accepted.body).toContain('Residents');
    expect(accepted.headers['content-language']).toBe('en');
    const png = await t.inject({ url: `/api/v1/workspaces/${workspace.id}/export?format=png` });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect([...png.rawPayload.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('reads a spreadsheet into a werkruimte: matches by name, adds the rest, all or nothing', async () => {
    const workspace = await t.createWorkspace();
    const existing = await t.createActor(workspace.id, { name: 'Wijkteam Noord', force: 'professional' });
    const url = `/api/v1/workspaces/${workspace.id}/import`;

    const broken = await xlsx({
      spelers: [
        ['naam', 'kracht', 'achtergrond'],
        ['wijkteam noord', 'professional', 'Bijgewerkt uit Excel'],
        ['Buurtkamer', 'buurt', ''],
      ],
      relaties: [
        ['van', 'naar', 'relatietype', 'sterkte'],
        ['Buurtkamer', 'Wijkteam Noord', 'werkt_samen', 9],
        ['Buurtkamer', 'Onbekend', 'werkt_samen', 3],
      ],
    });
    const refused = await t.inject({
      method: 'POST',
      url,
      ...multipart([{ name: 'kaart.xlsx', bytes: broken }]),
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(
      refused.json().invalidParams.map((p: { name: string; code: string }) => `${p.name} ${p.code}`),
    ).toEqual([
      'spelers.3.kracht invalid_enum',
      'relaties.2.sterkte too_big',
      'relaties.3.naar actor_not_found',
    ]);
    const untouched = await t.inject({ url: `/api/v1/workspaces/${workspace.id}/graph` });
    expect(untouched.json().actors).toHaveLength(1);

    const fixed = await xlsx({
      spelers: [
        ['naam', 'kracht', 'achtergrond'],
        ['wijkteam noord', 'professional', 'Bijgewerkt uit Excel'],
        ['Buurtkamer', 'bewoner', ''],
      ],
      relaties: [
        ['van', 'naar', 'relatietype', 'sterkte'],
        ['Buurtkamer', 'Wijkteam Noord', 'werkt_samen', 4],
      ],
    });
    const done = await t.inject({
      method: 'POST',
      url,
      ...multipart([{ name: 'kaart.xlsx', bytes: fixed }]),
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().summary).toMatchObject({
      actors: { created: 1, updated: 1 },
      relations: { created: 1, updated: 0 },
    });
    const actor = await t.inject({ url: `/api/v1/workspaces/${workspace.id}/actors/${existing.id}` });
    expect(actor.json()).toMatchObject({
      name: 'wijkteam noord',
      achtergrond: 'Bijgewerkt uit Excel',
      version: 2,
    });
  });

  it('takes two CSV tables at once, and asks for a gemeente when the file names none', async () => {
    const spelers = {
      name: 'spelers.csv',
      bytes: 'naam;kracht\r\nBuurtkamer;bewoner\r\nWijkteam;professional\r\n',
    };
    const relaties = {
      name: 'relaties.csv',
      bytes: 'van;naar;relatietype\r\nBuurtkamer;Wijkteam;informeert\r\n',
    };
    const url = '/api/v1/workspaces/import';
    const noGemeente = await t.inject({ method: 'POST', url, ...multipart([relaties, spelers]) });
    expect(noGemeente.statusCode).toBe(400);
    expect(noGemeente.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'name',
      'gemeente',
    ]);

    const created = await t.inject({
      method: 'POST',
      url,
      ...multipart([relaties, spelers], { name: 'Uit CSV', gemeente: 'GM0193' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().workspace).toMatchObject({ name: 'Uit CSV', gemeente: 'GM0193' });
    expect(created.json().summary.relations.created).toBe(1);

    const unknown = await t.inject({
      method: 'POST',
      url,
      ...multipart([{ name: 'kaart.pdf', bytes: '%PDF-1.7' }], { name: 'X', gemeente: 'GM0193' }),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().invalidParams[0]).toMatchObject({ name: 'file', code: 'unknown_format' });
  });
});
