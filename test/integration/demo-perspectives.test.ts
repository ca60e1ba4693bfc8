/**
 * The demo werkruimte shows issue 18's point in a minute, on every database backend: three perspectives
 * (the gemeente's policy view, Wijkteam Noord, bewoners from Noord) renamed from the ones every werkruimte
 * starts with, their assessments of the demo's relaties, and two vraagstukken with dated positions from all
 * three. Through the real API: the gemeente and the bewoners disagree about ties (contested: the gemeente
 * claims, the bewoners deny) and, on "Lokaal armoedebeleid", about one or two spelers far more than about
 * the rest. A demo file at fault is refused with the entry named, and nothing is written.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Perspective, Topic, TopicPosition, WorkspaceGraph } from '../../src/domain/index.ts';
import { DEMO_FILE, type DemoFile } from '../../src/services/demo-workspace.ts';
import { loadDemoWorkspace, readDemoFile } from '../../src/services/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

interface Divergence {
  a: { id: string; name: string };
  b: { id: string; name: string };
  agreement: number | null;
  shared: number;
  contested: { relation: { id: string }; a: { kind: string }; b: { kind: string } }[];
  onlyA: { id: string }[];
  onlyB: { id: string }[];
  strengthDifferences: { relation: { id: string }; a: number; b: number }[];
  positions?: {
    actorId: string;
    a: { invloed: number; standpunt: number };
    b: { invloed: number; standpunt: number };
    distance: number;
  }[];
}

describe.each(BACKENDS)('the demo werkruimte’s perspectives, claims and vraagstukken on %s', (backend) => {
  let t: TestApp;
  let base: string;
  let graph: WorkspaceGraph;
  let perspectives: Perspective[];
  let topics: Topic[];
  const actorId = (name: string) => graph.actors.find((actor) => actor.name === name)?.id as string;
  const actorName = (id: string) => graph.actors.find((actor) => actor.id === id)?.name;
  const perspectiveId = (name: string) => perspectives.find((p) => p.name === name)?.id as string;
  const topicId = (name: string) => topics.find((topic) => topic.name === name)?.id as string;

  async function get<T>(url: string): Promise<T> {
    const response = await t.inject(`${base}${url}`);
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json() as T;
  }
  const positions = async (topic: string, current: boolean) =>
    (
      await get<{ items: TopicPosition[] }>(
        `/topics/${topicId(topic)}/positions?current=${current}&pageSize=500`,
      )
    ).items;

  beforeAll(async () => {
    t = await buildTestApp(backend);
    const workspace = await loadDemoWorkspace(t.store);
    base = `/api/v1/workspaces/${workspace.id}`;
    graph = await get<WorkspaceGraph>('/graph');
    perspectives = (await get<{ items: Perspective[] }>('/perspectives?pageSize=100')).items;
    topics = (await get<{ items: Topic[] }>('/topics?pageSize=100')).items;
  });
  afterAll(() => t.close());

  it('has two snapshots a year apart, and the diff tells the year of the sociaal makelaar', async () => {
    const snapshots = (await get<{ items: { id: string; name: string; takenAt: string }[] }>('/snapshots'))
      .items;
    const year = new Date().getFullYear();
    expect(snapshots.map((snapshot) => snapshot.name)).toEqual([`Stand ${year}`, `Nulmeting ${year - 1}`]);
    const [now, before] = snapshots as unknown as [
      { id: string; takenAt: string },
      { id: string; takenAt: string },
    ];
    const days = (Date.parse(now.takenAt) - Date.parse(before.takenAt)) / 86_400_000;
    expect(Math.round(days)).toBeGreaterThanOrEqual(365);
    const diff = await get<{
      changes: {
        actors: { added: { label: string }[]; removed: unknown[] };
        relations: { changed: unknown[] };
      };
      indices: { key: string; direction: string; sentence: string }[];
    }>(`/diff?from=${before.id}&to=${now.id}`);
    expect(diff.changes.actors.added.map((actor) => actor.label)).toEqual(['Sociaal makelaar']);
    expect(diff.changes.actors.removed).toEqual([]);
    expect(diff.changes.relations.changed.length).toBeGreaterThan(3);
    // The year the kokers began to work together: the E-I index tells it.
    expect(diff.indices.find((index) => index.key === 'eiIndex')?.direction).toBe('better');
  });

  it('keeps the map of 67 spelers and 210 relaties, and renames three of the starting perspectives', () => {
    expect(graph.actors).toHaveLength(67);
    expect(graph.relations).toHaveLength(210);
    // Renamed, not added beside them: no "Gemeente" next to "Gemeente — beleid".
    expect(perspectives.map((p) => [p.name, p.force, p.editors])).toEqual([
      ['Redactie', null, true],
      ['Bewoners Noord', 'bewoner', false],
      ['Gemeente — beleid', 'gemeente', false],
      ['Instellingen', 'instelling', false],
      ['Rijk', 'rijk', false],
      ['Wijkteam Noord', 'professional', false],
    ]);
    for (const name of ['Gemeente — beleid', 'Wijkteam Noord', 'Bewoners Noord']) {
      expect(perspectives.find((p) => p.name === name)?.description.length).toBeGreaterThan(40);
    }
  });

  it('has the two vraagstukken, active, with a description', () => {
    expect(topics.map((topic) => [topic.name, topic.status])).toEqual([
      ['Lokaal armoedebeleid', 'actief'],
      ['Toegang tot het wijkteam', 'actief'],
    ]);
    for (const topic of topics) expect(topic.description.length).toBeGreaterThan(100);
  });

  it('has assessments from each of the three perspectives, some of them denials', async () => {
    const workspaceId = base.split('/').at(-1) as string;
    const claims = async (name: string) =>
      (await t.store.perspectives.claimsOf(workspaceId, perspectiveId(name))).assessments;
    for (const name of ['Gemeente — beleid', 'Wijkteam Noord', 'Bewoners Noord'])
      expect((await claims(name)).length, name).toBeGreaterThanOrEqual(15);
    for (const name of ['Redactie', 'Rijk', 'Instellingen']) expect(await claims(name), name).toEqual([]);
    const denials = async (name: string) => (await claims(name)).filter((claim) => !claim.present).length;
    expect(await denials('Bewoners Noord')).toBeGreaterThanOrEqual(5);
    expect(await denials('Wijkteam Noord')).toBeGreaterThanOrEqual(1);
    expect(await denials('Gemeente — beleid')).toBe(0);
  });

  it('places 10–15 spelers per vraagstuk from each perspective, some of them twice, months apart', async () => {
    for (const topic of ['Lokaal armoedebeleid', 'Toegang tot het wijkteam']) {
      const current = await positions(topic, true);
      for (const name of ['Gemeente — beleid', 'Wijkteam Noord', 'Bewoners Noord']) {
        const placed = current.filter((position) => position.perspectiveId === perspectiveId(name));
        expect(placed.length, `${topic}, ${name}`).toBeGreaterThanOrEqual(10);
        expect(placed.length, `${topic}, ${name}`).toBeLessThanOrEqual(15);
      }
      const all = await positions(topic, false);
      const histories = new Map<string, TopicPosition[]>();
      for (const position of all) {
        const key = `${position.actorId}|${position.perspectiveId}`;
        histories.set(key, [...(histories.get(key) ?? []), position]);
      }
      const moved = [...histories.values()].filter((history) => history.length > 1);
      expect(moved.length, topic).toBeGreaterThanOrEqual(2);
      for (const history of moved) {
        const [first, last] = [history[0] as TopicPosition, history.at(-1) as TopicPosition];
        const months = (Date.parse(last.assessedOn) - Date.parse(first.assessedOn)) / (30 * 86_400_000);
        expect(months).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('shows a bewonersinitiatief the gemeente rates low and the bewoners rate high', async () => {
    const current = await positions('Toegang tot het wijkteam', true);
    const buurtkamer = (name: string) =>
      current.find(
        (p) => p.actorId === actorId('Buurtkamer De Kruimel') && p.perspectiveId === perspectiveId(name),
      );
    expect(buurtkamer('Gemeente — beleid')?.invloed).toBe(1);
    expect(buurtkamer('Bewoners Noord')?.invloed).toBeGreaterThanOrEqual(4);
  });

  it('finds ties the gemeente claims and the bewoners deny, and ties only the bewoners name', async () => {
    const body = await get<Divergence>(
      `/divergence?a=${perspectiveId('Gemeente — beleid')}&b=${perspectiveId('Bewoners Noord')}`,
    );
    expect(body.a.name).toBe('Gemeente — beleid');
    expect(body.b.name).toBe('Bewoners Noord');
    expect(body.contested.length).toBeGreaterThanOrEqual(4);
    for (const tie of body.contested) expect([tie.a.kind, tie.b.kind]).toEqual(['claims', 'denies']);
    const contested = body.contested.map(({ relation }) => {
      const r = graph.relations.find((relation_) => relation_.id === relation.id);
      return `${actorName(r?.source as string)} → ${actorName(r?.target as string)}`;
    });
    expect(contested).toContain('Adviesraad Sociaal Domein → Gemeenteraad Voorbeeldgemeente');
    expect(contested).toContain('Armoedecoalitie Voorbeeldgemeente → Gemeente – team Schulden en Armoede');
    expect(body.onlyB.length).toBeGreaterThanOrEqual(3);
    expect(body.shared).toBeGreaterThanOrEqual(3);
    expect(body.strengthDifferences.length).toBeGreaterThanOrEqual(3);
    // Two different pictures: well under half in common.
    expect(body.agreement).toBeGreaterThan(0);
    expect(body.agreement).toBeLessThan(0.5);
  });

  it('names the most contested spelers on "Lokaal armoedebeleid", far ahead of the rest', async () => {
    const body = await get<Divergence>(
      `/divergence?a=${perspectiveId('Gemeente — beleid')}&b=${perspectiveId('Bewoners Noord')}&topic=${topicId('Lokaal armoedebeleid')}`,
    );
    const ranked = body.positions ?? [];
    expect(ranked.length).toBeGreaterThanOrEqual(10);
    const [first, second, third] = ranked;
    expect(actorName(first?.actorId as string)).toBe('Armoedecoalitie Voorbeeldgemeente');
    // The gemeente sees a supporter with little say; the bewoners an opponent the raad listens to.
    expect(first?.a).toEqual({ invloed: 2, standpunt: 2 });
    expect(first?.b).toEqual({ invloed: 4, standpunt: -2 });
    expect(actorName(second?.actorId as string)).toBe('Cliëntenraad Werk en Inkomen');
    expect(second?.distance).toBeGreaterThanOrEqual(5);
    expect(third?.distance).toBeLessThanOrEqual((second?.distance as number) - 2);
  });

  it('draws the map as the bewoners see it: the ties they name, none they deny', async () => {
    const bewoners = perspectiveId('Bewoners Noord');
    const seen = await get<WorkspaceGraph>(`/graph?perspective=${bewoners}`);
    const divergence = await get<Divergence>(
      `/divergence?a=${perspectiveId('Gemeente — beleid')}&b=${bewoners}`,
    );
    const ids = new Set(seen.relations.map((relation) => relation.id));
    expect(ids.size).toBeGreaterThanOrEqual(10);
    for (const { relation } of divergence.contested) expect(ids.has(relation.id)).toBe(false);
    for (const relation of divergence.onlyB) expect(ids.has(relation.id)).toBe(true);
  });

  it('records the demo as one import in the history, with what it holds', async () => {
    const history = await get<{ items: { action: string; after: Record<string, unknown> }[] }>('/history');
    expect(history.items).toHaveLength(1);
    expect(history.items[0]?.action).toBe('workspace.import');
    expect(history.items[0]?.after).toMatchObject({
      files: ['demo'],
      actors: { created: 67, updated: 0 },
      relations: { created: 210, updated: 0 },
      perspectives: { created: 0, updated: 3 },
      assessments: { created: 56, updated: 0 },
      topics: { created: 2, updated: 0 },
      positions: { created: 88, updated: 0 },
    });
  });

  it('refuses a demo whose entries point nowhere, naming the entry, and writes nothing', async () => {
    const demo = readDemoFile();
    const before = (await t.store.workspaces.list({ page: 1, pageSize: 100 })).totalItems;
    const broken = (change: Partial<DemoFile>) =>
      loadDemoWorkspace(t.store, undefined, { ...demo, ...change });
    const assessment = demo.assessments[0] as DemoFile['assessments'][number];
    await expect(
      broken({
        assessments: [{ ...assessment, relation: { ...assessment.relation, type: 'financiert' } }],
      }),
    ).rejects.toThrow(
      /assessments\.0 names no relatie of the demo: bew-adviesraad → gem-raad \(financiert\)/,
    );
    await expect(broken({ assessments: [assessment, assessment] })).rejects.toThrow(
      /assessments\.1: "gemeente" assessed bew-adviesraad → gem-raad \(vertegenwoordigt\) already/,
    );
    await expect(broken({ assessments: [{ ...assessment, perspective: 'raad' }] })).rejects.toThrow(
      /assessments\.0 names unknown perspective key "raad"/,
    );
    const topic = demo.topics[0] as DemoFile['topics'][number];
    const position = topic.positions[0] as (typeof topic.positions)[number];
    await expect(
      broken({ topics: [{ ...topic, positions: [{ ...position, actor: 'gem-burgemeester' }] }] }),
    ).rejects.toThrow(/topics\.0\.positions\.0 names unknown actor key "gem-burgemeester"/);
    const perspective = demo.perspectives[0] as DemoFile['perspectives'][number];
    await expect(
      broken({
        perspectives: [
          ...demo.perspectives,
          { ...perspective, key: 'rijk', renames: undefined, name: 'rijk' },
        ],
      }),
    ).rejects.toThrow(/perspectives\.3 \("rijk"\) takes the name "Rijk", which a perspective has/);
    expect((await t.store.workspaces.list({ page: 1, pageSize: 100 })).totalItems).toBe(before);
  });
});

describe('the demo file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kv-demo-file-'));
  const write = (name: string, content: object) => {
    const path = join(folder, name);
    writeFileSync(path, JSON.stringify(content));
    return path;
  };
  const demo = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown>;

  it('is format 2, and a version-1 file (spelers and relaties only) still reads', () => {
    expect(demo.format).toBe('krachtenveld-demo/2');
    const { perspectives: _p, assessments: _a, topics: _t, ...v1 } = demo;
    const read = readDemoFile(write('v1.json', { ...v1, format: 'krachtenveld-demo/1' }));
    expect(read.actors).toHaveLength(67);
    expect(read.perspectives).toEqual([]);
    expect(read.topics).toEqual([]);
  });

  it('names the entry at fault: claims in a version-1 file, a rated denial, a stance out of range', () => {
    expect(() => readDemoFile(write('v1-claims.json', { ...demo, format: 'krachtenveld-demo/1' }))).toThrow(
      /perspectives: needs format krachtenveld-demo\/2/,
    );
    const assessments = [...(demo.assessments as object[])];
    assessments[2] = { ...(assessments[2] as object), strength: 3 };
    expect(() => readDemoFile(write('rated-denial.json', { ...demo, assessments }))).toThrow(
      /assessments\.2\.strength: denied_rated/,
    );
    const topics = structuredClone(demo.topics) as { positions: { standpunt: number }[] }[];
    (topics[0]?.positions[4] as { standpunt: number }).standpunt = 3;
    expect(() => readDemoFile(write('stance.json', { ...demo, topics }))).toThrow(
      /topics\.0\.positions\.4\.standpunt/,
    );
  });
});
