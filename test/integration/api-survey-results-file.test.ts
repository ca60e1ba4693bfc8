/**
 * The download of an uitvraag's response and coverage (GET …/surveys/{id}/results/export) on every database
 * backend: respondents answer through their personal links (the real respondent route), then the
 * coordinator downloads per respondent the status and the ties with other respondents, with the notes on
 * what the diagnosis misses in words and the round's figures — the same figures as GET …/results, without
 * contact data, for a lezer too.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Survey, Workspace } from '../../src/domain/index.ts';
import { buildTestApp, type TestApp, withSession } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import { join } from '../security/support.ts';

const API = '/api/v1';

describe.each(BACKENDS)('the response download of an uitvraag on %s', (backend) => {
  let t: TestApp;
  let workspace: Workspace;
  let survey: Survey;
  let actors: Record<'wijkteam' | 'buurthuis' | 'school' | 'los', Actor>;
  const surveyUrl = (rest = '') => `${API}/workspaces/${workspace.id}/surveys/${survey.id}${rest}`;

  beforeAll(async () => {
    t = await buildTestApp(backend);
    workspace = await t.createWorkspace({ name: 'Respons downloaden', wijken: ['Noord', 'Zuid'] });
    actors = {
      wijkteam: await t.createActor(workspace.id, {
        name: 'Wijkteam',
        force: 'professional',
        wijken: ['Noord'],
      }),
      buurthuis: await t.createActor(workspace.id, {
        name: 'Buurthuis',
        force: 'bewoner',
        wijken: ['Noord', 'Zuid'],
        domains: ['participatie'],
      }),
      school: await t.createActor(workspace.id, { name: '=School', force: 'instelling' }),
      los: await t.createActor(workspace.id, {
        name: 'Losse club',
        force: 'bewoner',
        wijken: ['Zuid'],
        domains: ['participatie'],
      }),
    };
    // The buurthuis and the losse club share a koker (the diagnosis' default grouping is domein): half of
    // it is silent. The editors know the school works with the buurthuis.
    await t.createRelation(workspace.id, actors.school.id, actors.buurthuis.id, { type: 'werkt_samen' });
    const created = await t.inject({
      method: 'POST',
      url: `${API}/workspaces/${workspace.id}/surveys`,
      payload: { title: 'Samenwerking in de wijk', closesOn: '2099-12-31' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const opened = await t.inject({
      method: 'PATCH',
      url: `${API}/workspaces/${workspace.id}/surveys/${created.json().id}`,
      payload: { version: created.json().version, state: 'open' },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    survey = opened.json();
    const invited = await t.inject({
      method: 'POST',
      url: surveyUrl('/respondents'),
      payload: {
        respondents: [actors.wijkteam, actors.buurthuis, actors.school, actors.los].map((actor, k) => ({
          actorId: actor.id,
          contactName: `Contact ${k}`,
          email: `contact${k}@example.org`,
        })),
      },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const links = invited.json().links as { actorId: string; token: string }[];
    const tokenOf = (actor: Actor) => links.find((link) => link.actorId === actor.id)?.token as string;
    const respond = async (actor: Actor, answers: Record<string, unknown>) => {
      const response = await t.app.inject({
        method: 'PUT',
        url: `${API}/survey-response/answers`,
        payload: { token: tokenOf(actor), answers },
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    // The wijkteam names the buurthuis and the school; the buurthuis names the wijkteam back; the school
    // and the losse club are silent.
    await respond(actors.wijkteam, {
      ties: [
        { actorId: actors.buurthuis.id, types: ['werkt_samen'] },
        { actorId: actors.school.id, types: ['werkt_samen'] },
      ],
      finished: true,
    });
    await respond(actors.buurthuis, { ties: [{ actorId: actors.wijkteam.id, types: ['werkt_samen'] }] });
  });
  afterAll(() => t.close());

  const readCsv = (text: string) =>
    parse(text, { bom: true, delimiter: ';', relax_column_count: true }) as string[][];

  it('gives per respondent the status and ties, then the figures and notes of GET …/results, as CSV', async () => {
    const response = await t.inject(surveyUrl('/results/export?format=csv'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="uitvraag-respons.csv"');
    // Even for an eigenaar: no contact data in the file.
    expect(response.body).not.toMatch(/example\.org|Contact \d/);
    const rows = readCsv(response.body);
    expect(rows[0]).toEqual([
      'speler',
      'kracht',
      'wijken',
      'status',
      'geantwoord',
      'relaties met deelnemers',
      'zelf genoemd',
      'alleen door de ander genoemd',
      'opmerkingen',
    ]);
    const byName = new Map(rows.slice(1, 5).map((row) => [row[0], row]));
    // wijkteam–buurthuis named by both; wijkteam–school only by the wijkteam; school–buurthuis by neither.
    expect(byName.get('Wijkteam')?.slice(1, 8)).toEqual([
      'Professionals',
      'Noord',
      'Klaar',
      'ja',
      '2',
      '2',
      '0',
    ]);
    expect(byName.get('Buurthuis')?.slice(1, 8)).toEqual([
      'Bewoners',
      'Noord | Zuid',
      'Link geopend',
      'ja',
      '2',
      '1',
      '0',
    ]);
    expect(byName.get("'=School")?.slice(1, 8)).toEqual([
      'Instellingen',
      '',
      'Link niet geopend',
      'nee',
      '2',
      '0',
      '1',
    ]);
    expect(byName.get('Losse club')?.slice(4, 9)).toEqual([
      'nee',
      '0',
      '0',
      '0',
      'Losse club lijkt los te staan, maar antwoordde niet. Misschien ontbreken alleen de relaties.',
    ]);
    expect(rows[5]).toEqual(['']);

    // The figures are those of GET …/results.
    const results = (await t.inject(surveyUrl('/results'))).json().nonResponse;
    const summary = new Map(rows.slice(6).map((row) => [row[0], row[1]]));
    expect(summary.get('uitvraag')).toBe('Samenwerking in de wijk');
    expect(summary.get('uitgenodigd')).toBe(String(results.respondents.invited));
    expect(summary.get('geantwoord')).toBe(String(results.respondents.answered));
    expect(summary.get('relaties tussen deelnemers')).toBe(String(results.ties.total));
    expect(summary.get('door beide kanten genoemd')).toBe(String(results.ties.confirmed));
    expect(summary.get('door één kant genoemd')).toBe(String(results.ties.oneSided));
    expect(summary.get('door één kant genoemd (%)')).toBe('33');
    const notes = rows.filter((row) => row[0] === 'opmerking').map((row) => row[1]);
    expect(notes).toHaveLength(results.notes.length);
    expect(notes).toContain(
      'Losse club lijkt los te staan, maar antwoordde niet. Misschien ontbreken alleen de relaties.',
    );
    expect(notes).toContain(
      'In de koker participatie antwoordden 1 van de 2 deelnemers niet: dit deel van de kaart tekenen vooral anderen.',
    );
  });

  it('writes XLSX in the language asked for, and lets a lezer download it too', async () => {
    const lezer = await t.signUp('lezer-download@example.org', 'Lezer');
    await join(t, lezer, workspace.id, 'lezer');
    const response = await t.app.inject(withSession(lezer, surveyUrl('/results/export?format=xlsx&lang=en')));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toBe('attachment; filename="uitvraag-respons.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['response', 'summary']);
    const sheet = workbook.getWorksheet('response');
    expect(sheet?.getRow(1).getCell(1).value).toBe('actor');
    const names: unknown[] = [];
    sheet?.eachRow((row, number) => {
      if (number > 1) names.push(row.getCell(1).value);
    });
    expect(names.sort()).toEqual(["'=School", 'Buurthuis', 'Losse club', 'Wijkteam']);
    const summary = workbook.getWorksheet('summary');
    expect(summary?.getRow(1).values).toEqual([undefined, 'survey', 'Samenwerking in de wijk']);
    // Accept-Language decides without `lang`.
    const english = await t.inject({
      url: surveyUrl('/results/export?format=csv'),
      headers: { 'accept-language': 'en' },
    });
    expect(readCsv(english.body)[0]?.[0]).toBe('actor');
  });

  it('refuses an unknown format and a round that is not the werkruimte’s', async () => {
    const bad = await t.inject(surveyUrl('/results/export?format=pdf'));
    expect(bad.statusCode).toBe(400);
    const other = await t.createWorkspace({ name: 'Andere kaart' });
    const elsewhere = await t.inject(
      `${API}/workspaces/${other.id}/surveys/${survey.id}/results/export?format=csv`,
    );
    expect(elsewhere.statusCode).toBe(404);
  });
});
