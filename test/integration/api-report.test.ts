/**
 * The report through the real API on the demo werkruimte, on every database backend: every index in the
 * report says what the Diagnose panel's analysis (GET …/analysis) says; the three formats hold the sections
 * and the names; a section without data says so; bad options are refused with the field named; a speler
 * named with markup or a formula is shown as written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot, Workspace } from '../../src/domain/index.ts';
import { loadDemoWorkspace } from '../../src/services/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

const HAS_POPPLER = existsSync('/usr/bin/pdftotext');
const HOSTILE = '<script>x</script> =HYPERLINK("http://x") & Co';

interface Analysis {
  indices: { key: string; band: string; explanation: { title: string; value: string } }[];
  brokers: string[];
  spelers: { id: string; name: string }[];
}

describe.each(BACKENDS)('the report of the demo on %s', (backend) => {
  let t: TestApp;
  let workspace: Workspace;
  let base: string;
  let analysis: Analysis;
  const folder = mkdtempSync(join(tmpdir(), 'kv-report-'));

  beforeAll(async () => {
    t = await buildTestApp(backend);
    workspace = await loadDemoWorkspace(t.store);
    base = `/api/v1/workspaces/${workspace.id}`;
    await t.createActor(workspace.id, { name: HOSTILE, force: 'bewoner' });
    const answer = await t.inject(`${base}/analysis`);
    expect(answer.statusCode, answer.body).toBe(200);
    analysis = answer.json();
  });
  afterAll(async () => {
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function report(query: string) {
    const response = await t.inject(`${base}/report?${query}`);
    return response;
  }

  it('says in HTML what the Diagnose panel says: every index with its value and band', async () => {
    const response = await report('format=html&lang=nl');
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    const html = response.body;
    for (const card of analysis.indices) {
      expect(html, card.key).toContain(
        `<th scope="row">${card.explanation.title}</th><td class="kv-number">${card.explanation.value}</td>`,
      );
    }
    const names = new Map(analysis.spelers.map((speler) => [speler.id, speler.name]));
    const firstBroker = names.get(analysis.brokers[0] as string) as string;
    expect(html).toContain(`<th scope="row">${firstBroker}</th>`);
    for (const heading of [
      'Samenvatting',
      'De vijf krachten',
      'De kaart',
      'Wie trekt de samenwerking?',
      'Werkwijze',
      'Bijlage: register',
    ])
      expect(html).toContain(`>${heading}</h2>`);
    // Without a snapshot to compare with, there is no "what changed" section.
    expect(html).not.toContain('>Wat veranderde</h2>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; =HYPERLINK(&quot;http://x&quot;) &amp; Co');
    expect(html).not.toContain('<script>');
  });

  it('compares with a snapshot when asked, and keeps to the chosen sections', async () => {
    const snapshots = (await t.inject(`${base}/snapshots`)).json().items as Snapshot[];
    const nulmeting = snapshots.find((snapshot) => snapshot.name.startsWith('Nulmeting')) as Snapshot;
    const response = await report(`format=html&sections=summary,changes&since=${nulmeting.id}`);
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    expect(response.body).toContain('>Wat veranderde</h2>');
    expect(response.body).toContain('Nieuw: Sociaal makelaar');
    // Relaties in words, changed ones with what changed, positions with whose view they are.
    expect(response.body).toContain('Nieuw: Sociaal makelaar werkt samen met Wijkteam Noord');
    expect(response.body).toMatch(/Gewijzigd: [^<]+ werkt samen met [^<]+ \(sterkte\)/);
    expect(response.body).toContain(
      'Nieuw: Sociaal makelaar bij Toegang tot het wijkteam (volgens Bewoners Noord)',
    );
    expect(response.body).not.toMatch(/werkt_samen|→/);
    expect(response.body).not.toContain('>De vijf krachten</h2>');
  });

  it('says where the perspectives differ, relatie by relatie and speler by speler', async () => {
    const response = await report('format=html&sections=perspectives');
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    const html = response.body;
    expect(html).toContain('>Waar de beelden verschillen</h2>');
    expect(html).toContain('<th scope="row">Bewoners Noord</th>');
    // The demo's Bewoners Noord denies relaties the editors name: a contested relatie, both sides named.
    expect(html).toMatch(
      /[^<>]+ (werkt samen met|verwijst naar|vertegenwoordigt|maakt deel uit van) [^<>]+: wel volgens [^<>]+, niet volgens Bewoners Noord/,
    );
    expect(html).toContain('Posities bij Toegang tot het wijkteam');
    expect(html).toMatch(
      /Buurtkamer De Kruimel: volgens [^<>]+ invloed \d en [^<>]+, volgens [^<>]+ invloed \d en /,
    );
  });

  it('says per uitvraag who answered and which results lean on those who did not', async () => {
    const other = await t.createWorkspace({ name: 'Uitvraag in het rapport' });
    const wijkteam = await t.createActor(other.id, { name: 'Wijkteam', force: 'professional' });
    const buurthuis = await t.createActor(other.id, { name: 'Buurthuis', force: 'bewoner' });
    const school = await t.createActor(other.id, { name: 'School', force: 'instelling' });
    // Invited, silent, and without relaties: alone on the map, or only missing?
    const bibliotheek = await t.createActor(other.id, { name: 'Bibliotheek', force: 'instelling' });
    await t.createRelation(other.id, wijkteam.id, school.id, { type: 'werkt_samen' });
    const surveys = `/api/v1/workspaces/${other.id}/surveys`;
    const created = await t.inject({
      method: 'POST',
      url: surveys,
      payload: { title: 'Wie werkt met wie', closesOn: '2099-12-31', relationTypes: ['werkt_samen'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const survey = created.json();
    const opened = await t.inject({
      method: 'PATCH',
      url: `${surveys}/${survey.id}`,
      payload: { version: survey.version, state: 'open' },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const invited = await t.inject({
      method: 'POST',
      url: `${surveys}/${survey.id}/respondents`,
      payload: {
        respondents: [wijkteam, buurthuis, school, bibliotheek].map((actor) => ({ actorId: actor.id })),
      },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const [token] = invited.json().links.map((link: { token: string }) => link.token);
    const answered = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/survey-response/answers',
      payload: { token, answers: { ties: [{ actorId: buurthuis.id, types: ['werkt_samen'] }] } },
    });
    expect(answered.statusCode, answered.body).toBe(200);

    const response = await t.inject(`/api/v1/workspaces/${other.id}/report?format=html&sections=method`);
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    const text = response.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Uitvraag “Wie werkt met wie”: 1 van de 4 deelnemers antwoordden.');
    expect(text).toContain(
      'Van de 2 relaties tussen deelnemers noemden 0 allebei de kanten, 1 maar één kant',
    );
    expect(text).toContain('Lees deze uitkomsten met voorzichtigheid, omdat niet iedereen antwoordde');
    expect(text).toContain('Bibliotheek lijkt los te staan, maar antwoordde niet.');
    expect(text).not.toContain('Er is geen uitvraag gehouden');
  });

  it('writes a DOCX with real headings and tables', async () => {
    const response = await report('format=docx&sections=summary,diagnosis,register');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="krachtenveldanalyse-voorbeeldgemeente\.docx"/,
    );
    const zip = await JSZip.loadAsync(response.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?<w:t[^>]*>Samenvatting<\/w:t>/s);
    expect(xml).toContain('<w:tblHeader');
    const first = analysis.indices[0];
    expect(xml).toContain(`>${first?.explanation.value}</w:t>`);
  });

  it.skipIf(!HAS_POPPLER)('writes a tagged PDF with the sections and names', async () => {
    const response = await report('format=pdf&sections=summary,forces,map,register');
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const file = join(folder, `rapport-${backend}.pdf`);
    writeFileSync(file, response.rawPayload);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Krachtenveldanalyse Voorbeeldgemeente/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of ['Samenvatting', 'De vijf krachten', 'Sociaal makelaar', 'Wijkteam Noord'])
      expect(text).toContain(words);
    // A name wraps in its narrow table cell, which pdftotext's page order interleaves with the next cell;
    // the structure tree (what a screen reader reads) holds it whole, as written.
    const structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(structure).toContain(HOSTILE);
  });

  it('refuses what does not exist in this werkruimte, naming the field', async () => {
    const other = await t.createWorkspace({ name: 'Wijk Zuid' });
    const foreign = (
      await t.inject({
        method: 'POST',
        url: `/api/v1/workspaces/${other.id}/snapshots`,
        payload: { name: 'Elders' },
      })
    ).json() as Snapshot;
    const cases: [string, string, string][] = [
      ['format=html&sections=summary,samenvatting', 'sections', 'invalid_enum'],
      ['format=odt', 'format', 'invalid_enum'],
      [`format=html&since=${foreign.id}`, 'since', 'snapshot_not_in_workspace'],
      [`format=html&topic=${foreign.id}`, 'topic', 'topic_not_in_workspace'],
      [`format=html&perspective=${foreign.id}`, 'perspective', 'perspective_not_in_workspace'],
    ];
    for (const [query, name, code] of cases) {
      const response = await report(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().invalidParams, query).toEqual([expect.objectContaining({ name, code })]);
    }
  });
});
