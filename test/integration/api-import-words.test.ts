/**
 * A spreadsheet written the way a Dutch user writes it — the screen's words instead of codes, `;` between
 * list items, the gemeente by its name — read through the real API into a new werkruimte; and the advice
 * the API gives when a name or word cannot be placed.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { multipart } from '../helpers/multipart.ts';
import { BACKENDS } from '../helpers/test-database.ts';

async function xlsx(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const worksheet = workbook.addWorksheet(name);
    for (const row of rows) worksheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Param = { name: string; code: string; reason: string };

describe.each(BACKENDS)('importing a spreadsheet in the user’s words on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(backend);
  });
  afterAll(() => t.close());

  it('creates a werkruimte from labels, ; lists and a gemeente named by its name', async () => {
    const bytes = await xlsx({
      werkruimte: [
        ['veld', 'waarde'],
        ['naam', 'Sociaal domein Utrecht'],
        ['gemeente', 'utrecht'],
        ['wijken', 'Overvecht; Noordoost'],
      ],
      spelers: [
        ['naam', 'kracht', 'soort', 'domeinen', 'schaal', 'wijken', 'bronnen'],
        [
          'Buurtkamer De Kruimel',
          'Bewoners',
          'Initiatief',
          'Armoede; Informele zorg',
          'Buurt',
          'Overvecht',
          'Gesprek met de vrijwilligers, 12 maart; https://example.org/kruimel?ids=1,2',
        ],
        [
          'Buurtteam Overvecht',
          'Professionals',
          'Team',
          'Wmo-ondersteuning, jeugd',
          'Wijk',
          'Overvecht',
          null,
        ],
        ['Gemeente Utrecht', 'Gemeente', 'Organisatie', 'werk en inkomen', 'Gemeente', null, null],
      ],
      relaties: [
        ['van', 'naar', 'relatietype', 'sterkte'],
        ['Gemeente Utrecht', 'Buurtteam Overvecht', 'Financiert', 5],
        ['Buurtteam Overvecht', 'Buurtkamer De Kruimel', 'werkt samen met', 4],
        ['Buurtteam Overvecht', 'Buurtkamer De Kruimel', 'Verwijst naar', 3],
      ],
    });
    const created = await t.inject({
      method: 'POST',
      url: '/api/v1/workspaces/import',
      ...multipart([{ name: 'kaart.xlsx', bytes }]),
    });
    expect(created.statusCode, created.body).toBe(201);
    const { workspace, summary } = created.json();
    expect(workspace).toMatchObject({
      name: 'Sociaal domein Utrecht',
      gemeente: 'GM0344',
      wijken: ['Overvecht', 'Noordoost'],
    });
    expect(summary).toMatchObject({ actors: { created: 3 }, relations: { created: 3 } });

    const graph = (await t.inject({ url: `/api/v1/workspaces/${workspace.id}/graph` })).json();
    const byName = new Map(graph.actors.map((actor: { name: string }) => [actor.name, actor]));
    expect(byName.get('Buurtkamer De Kruimel')).toMatchObject({
      force: 'bewoner',
      kind: 'initiatief',
      domains: ['armoede', 'informele_zorg'],
      scale: 'buurt',
    });
    expect(byName.get('Buurtteam Overvecht')).toMatchObject({
      force: 'professional',
      domains: ['wmo_ondersteuning', 'jeugd'],
    });
    expect(graph.relations.map((relation: { type: string }) => relation.type).sort()).toEqual([
      'financiert',
      'verwijst',
      'werkt_samen',
    ]);
    const kruimel = byName.get('Buurtkamer De Kruimel') as { id: string };
    const actor = await t.inject({ url: `/api/v1/workspaces/${workspace.id}/actors/${kruimel.id}` });
    expect(actor.json().sources).toEqual([
      'Gesprek met de vrijwilligers, 12 maart',
      'https://example.org/kruimel?ids=1,2',
    ]);
  });

  it('takes the gemeente field by name, and suggests gemeenten for a name that fits none', async () => {
    const spelers = { name: 'spelers.csv', bytes: 'naam;kracht\r\nDorpsraad;bewoners\r\n' };
    const url = '/api/v1/workspaces/import';
    const byName = await t.inject({
      method: 'POST',
      url,
      ...multipart([spelers], { name: 'Friese kaart', gemeente: 'Sudwest Fryslan' }),
    });
    expect(byName.statusCode, byName.body).toBe(201);
    expect(byName.json().workspace.gemeente).toBe('GM1900');

    const unknown = await t.inject({
      method: 'POST',
      url,
      ...multipart([spelers], { name: 'Bergen', gemeente: 'Bergen' }),
    });
    expect(unknown.statusCode).toBe(400);
    const [param] = unknown.json().invalidParams as Param[];
    expect(param).toMatchObject({ name: 'gemeente', code: 'unknown_gemeente' });
    expect(param?.reason).toBe(
      'Er is geen gemeente met de naam "Bergen". Bedoelt u Bergen (L.) (GM0893), Bergen (NH.) (GM0373), Bergen op Zoom (GM0748), Haaksbergen (GM0158) of Steenbergen (GM0851)?',
    );
  });

  it('answers an ambiguous name with the ids to choose from, and a wrong word with the accepted words', async () => {
    const workspace = await t.createWorkspace();
    const first = await t.createActor(workspace.id, { name: 'Wijkteam', force: 'professional' });
    const second = await t.createActor(workspace.id, { name: 'wijkteam', force: 'professional' });
    const bytes = await xlsx({
      spelers: [
        ['naam', 'kracht', 'domeinen'],
        ['Buurtkamer', 'Bewoners', 'jeugd / armoede'],
      ],
      relaties: [
        ['van', 'naar', 'relatietype'],
        ['Buurtkamer', 'Wijkteam', 'werkt samen met'],
      ],
    });
    const refused = await t.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${workspace.id}/import`,
      ...multipart([{ name: 'kaart.xlsx', bytes }]),
    });
    expect(refused.statusCode).toBe(400);
    const params = refused.json().invalidParams as Param[];
    expect(params.map((p) => `${p.name} ${p.code}`)).toEqual([
      'spelers.2.domeinen invalid_enum',
      'relaties.2.naar ambiguous_name',
    ]);
    expect(params[0]?.reason).toMatch(
      /^"jeugd \/ armoede" kennen we niet\. Kies uit: Schulden, Armoede, Werk en inkomen \(werk_inkomen\), .*\. Scheid twee waarden met een streep \(\|\), een puntkomma \(;\) of een komma \(,\)\.$/,
    );
    expect(params[1]?.reason).toBe(
      `Er zijn meer spelers met de naam "Wijkteam". Bedoelt u ${first.id} of ${second.id}? Zet die id in de kolom naar_id.`,
    );

    const upload = multipart([{ name: 'kaart.xlsx', bytes }]);
    const english = await t.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${workspace.id}/import`,
      ...upload,
      headers: { ...upload.headers, 'accept-language': 'en' },
    });
    const reasons = (english.json().invalidParams as Param[]).map((p) => p.reason);
    expect(reasons[0]).toContain('Choose from: Debts (schulden), Poverty (armoede)');
    expect(reasons[1]).toContain('Put that id in the column naar_id.');
  });
});
