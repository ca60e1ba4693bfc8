import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph as Graph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PROFILE } from '../../domain/index.ts';
import type { ImportDocument, ReadOutcome } from '../import-document.ts';
import { planImport } from '../import-plan.ts';
import { LIMITS } from '../limits.ts';
import { readGexf } from './gexf-read.ts';
import { writeGexf } from './gexf-write.ts';
import { readGraphml } from './graphml-read.ts';
import { writeGraphml } from './graphml-write.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/xml');
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const RELATIE = '00000000-0000-4000-8000-0000000000f1';
const REDACTIE = '00000000-0000-4000-8000-0000000000e1';
const BEWONERS = '00000000-0000-4000-8000-0000000000e2';
const ARMOEDE = '00000000-0000-4000-8000-0000000000d1';

const backup = {
  exportedAt: '2026-11-23T12:00:00.000Z',
  workspace: {
    name: 'Sociaal domein "Noord" & <Zuid>',
    gemeente: 'GM0344',
    wijken: ['Noord', 'Zuid-Oost'],
    description: 'Regel één\r\nRegel twee\tmet tab',
  },
  actors: [
    {
      id: A,
      name: "Buurtkamer 'De Kruimel' & co",
      force: 'bewoner' as const,
      kind: 'initiatief' as const,
      ...EMPTY_PROFILE,
      achtergrond: 'Opgericht in 2019.\nDraait op vrijwilligers <en> subsidie.',
      motieven: '=SOM(A1)',
      kenmerken: 'Controleteken \u0007 weg',
      perspectief: '',
      rol: 'Ontmoeting',
      belangen: '',
      domains: ['participatie' as const, 'informele_zorg' as const],
      scale: 'buurt' as const,
      wijken: ['Noord'],
      tags: ['moeder:welzijn', 'émigré'],
      website: 'https://kruimel.example.nl/?a=1&b=2',
      sources: ['Gesprek 2026-01-05', 'https://example.nl/x'],
    },
    {
      id: B,
      name: 'Wijkteam Noord',
      force: 'professional' as const,
      kind: 'team' as const,
      ...EMPTY_PROFILE,
      domains: [],
      scale: null,
      wijken: [],
      tags: [],
      website: null,
      sources: [],
    },
  ],
  relations: [
    {
      id: RELATIE,
      sourceId: A,
      targetId: B,
      type: 'verwijst' as const,
      strength: 4,
      description: 'Verwijst bij schulden',
      validFrom: '2024-01-01',
      validTo: null,
      sources: ['Interview'],
    },
  ],
  layouts: {
    force: { [A]: { x: 1.5, y: -2.25 }, [B]: { x: 1e6, y: 0 } },
    vijf_krachten: { [A]: { x: 3, y: 4 } },
  },
  perspectives: [
    { id: REDACTIE, name: 'Redactie', force: null, description: '', editors: true },
    {
      id: BEWONERS,
      name: 'Bewoners "Noord" & <Zuid> 🏘',
      force: 'bewoner' as const,
      description: '=Wie?\r\nRegel twee | met \u0007 stuurteken',
      editors: false,
    },
  ],
  assessments: [
    {
      id: '00000000-0000-4000-8000-0000000000a1',
      relationId: RELATIE,
      perspectiveId: REDACTIE,
      present: true,
      strength: 5,
      trust: 2,
      value: 4,
      note: 'Volgens "de" afspraak\n<b>echt</b> & 🚲',
      source: 'https://example.nl/?a=1&b=2',
      origin: 'editor' as const,
      createdAt: '2026-03-01T09:30:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
    },
    {
      id: '00000000-0000-4000-8000-0000000000a2',
      relationId: RELATIE,
      perspectiveId: BEWONERS,
      present: false,
      strength: null,
      trust: null,
      value: null,
      note: '',
      source: null,
      origin: 'survey' as const,
      createdAt: '2026-03-05T12:00:00.000Z',
      updatedAt: '2026-03-05T12:00:00.000Z',
    },
  ],
  topics: [
    {
      id: ARMOEDE,
      name: 'Armoede & <schulden>',
      description: 'Regel 1\r\n+ regel 2',
      status: 'afgerond' as const,
    },
  ],
  positions: [
    {
      id: '00000000-0000-4000-8000-0000000000b1',
      topicId: ARMOEDE,
      actorId: A,
      perspectiveId: BEWONERS,
      invloed: 2,
      belang: 5,
      standpunt: -2,
      beweging: 'van_onderop' as const,
      reasoning: '=klein, maar "dichtbij"',
      assessedOn: '2025-11-01',
      createdAt: '2025-11-01T08:00:00.000Z',
    },
    {
      id: '00000000-0000-4000-8000-0000000000b2',
      topicId: ARMOEDE,
      actorId: A,
      perspectiveId: REDACTIE,
      invloed: 3,
      belang: 4,
      standpunt: 0,
      beweging: null,
      reasoning: '',
      assessedOn: '2026-01-10',
      createdAt: '2026-01-10T11:00:00.000Z',
    },
  ],
};

/** What the document should hold of the claims: each record's fields, and its references by key and name. */
function expectedClaims() {
  const perspective = new Map(backup.perspectives.map((item) => [item.id, item.name]));
  return {
    perspectives: backup.perspectives.map(({ id, editors, ...fields }) => ({
      key: id,
      id,
      fields,
      editors: editors || undefined,
    })),
    perspectivesComplete: true,
    topics: backup.topics.map(({ id, ...fields }) => ({ key: id, id, fields })),
    assessments: backup.assessments.map(({ id: _id, relationId, perspectiveId, ...fields }) => ({
      relation: { key: relationId },
      perspective: { key: perspectiveId, name: perspective.get(perspectiveId) },
      fields,
    })),
    positions: backup.positions.map(({ id: _id, topicId, actorId, perspectiveId, ...fields }) => ({
      topic: { key: topicId, name: backup.topics[0]?.name },
      actor: { key: actorId },
      perspective: { key: perspectiveId, name: perspective.get(perspectiveId) },
      fields,
    })),
  };
}

function claimsOf(document: ImportDocument) {
  const strip = <T extends { place: unknown }>({ place: _place, ...rest }: T) => rest;
  return {
    perspectives: document.perspectives?.map(strip),
    perspectivesComplete: document.perspectivesComplete,
    topics: document.topics?.map(strip),
    assessments: document.assessments?.map(strip),
    positions: document.positions?.map(strip),
  };
}

function documentOf(outcome: ReadOutcome): ImportDocument {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.document;
}

const codes = (outcome: ReadOutcome) => (outcome.ok ? [] : outcome.issues.map((issue) => issue.code));

describe.each([
  ['GEXF', writeGexf, readGexf, 'gexf'],
  ['GraphML', writeGraphml, readGraphml, 'graphml'],
] as const)('%s', (_name, write, read, root) => {
  afterEach(() => vi.restoreAllMocks());

  it('reads back every field, both layouts and the werkruimte details', () => {
    const document = documentOf(read(write(backup)));
    expect(document.workspace).toEqual({ ...backup.workspace });
    const [first, second] = document.actors;
    expect(first?.id).toBe(A);
    const { id: _a, ...fieldsA } = backup.actors[0] as (typeof backup.actors)[0];
    expect(first?.fields).toEqual({ ...fieldsA, kenmerken: 'Controleteken \uFFFD weg' });
    const { id: _b, ...fieldsB } = backup.actors[1] as (typeof backup.actors)[1];
    expect(second?.fields).toEqual(fieldsB);
    const { id, sourceId, targetId, ...relation } = backup.relations[0] as (typeof backup.relations)[0];
    expect(document.relations).toEqual([
      expect.objectContaining({ id, source: { key: sourceId }, target: { key: targetId }, fields: relation }),
    ]);
    expect(document.layouts).toEqual(backup.layouts);
    expect(document.report).toEqual({ ignored: [], mapped: [] });
    expect(claimsOf(document)).toEqual(expectedClaims());
    // The plan finds every reference, so the claims land in a new werkruimte.
    const planned = planImport(document, { actors: [], relations: [] }, () => crypto.randomUUID());
    if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
    expect(planned.plan.summary.claims).toEqual({
      perspectives: { created: 2, updated: 0 },
      topics: { created: 1, updated: 0 },
      assessments: { created: 2, updated: 0 },
      positions: { created: 2, updated: 0 },
    });
  });

  it('reads a file without claims as before, and an older edge perspectief as an assessment', () => {
    const bare = { ...backup, perspectives: [], assessments: [], topics: [], positions: [] };
    const document = documentOf(read(write(bare)));
    expect(claimsOf(document)).toEqual({});
    const older = write(bare)
      .replace(
        '<key id="e_bronnen"',
        '<key id="e_perspectief" for="edge" attr.name="perspectief" attr.type="string"/><key id="e_bronnen"',
      )
      .replace(
        '<data key="e_bronnen">',
        '<data key="e_perspectief">Wijkraad Noord</data><data key="e_bronnen">',
      )
      // GEXF: an undeclared attribute keeps its id as title.
      .replace(/(<edge [^>]*>\s*<attvalues>)/, '$1<attvalue for="perspectief" value="Wijkraad Noord"/>');
    const legacy = documentOf(read(older));
    expect(legacy.relations[0]?.fields).not.toHaveProperty('perspective');
    expect(claimsOf(legacy)).toEqual({
      perspectives: [{ key: 'perspective:wijkraad noord', fields: { name: 'Wijkraad Noord' } }],
      assessments: [
        {
          relation: { key: RELATIE },
          perspective: { name: 'Wijkraad Noord' },
          fields: { present: true, strength: 4 },
        },
      ],
    });
  });

  it('refuses a hostile claims attribute with issues, quickly and without building it', () => {
    const xmlEscape = (text: string) =>
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const withAssessments = (json: string) =>
      root === 'gexf'
        ? write(backup).replace(
            /(<attvalue for="krachtenveld_oordelen" value=")[^"]*(")/,
            (_all, head, tail) => `${head}${xmlEscape(json)}${tail}`,
          )
        : write(backup).replace(
            /(<data key="e_krachtenveld_oordelen">)[^<]*(<\/data>)/,
            (_all, head, tail) => `${head}${xmlEscape(json)}${tail}`,
          );
    const at = 'edge.1.krachtenveld_oordelen';
    const issuesOf = (json: string) => {
      const outcome = read(withAssessments(json));
      return outcome.ok ? [] : outcome.issues.map((issue) => `${issue.path} ${issue.code}`);
    };
    const started = performance.now();
    expect(issuesOf('['.repeat(5_000_000))).toEqual([`${at} too_deep`]);
    expect(issuesOf(`[${'0,'.repeat(LIMITS.claimsJsonValues)}0]`)).toEqual([`${at} too_many_rows`]);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(issuesOf('[{"bestaat": tru')).toEqual([`${at} invalid_json`]);
    expect(issuesOf('{"bestaat": true}')).toEqual([`${at} invalid_type`]);
    expect(issuesOf(`[${'{},'.repeat(LIMITS.perspectives)}{}]`)).toEqual([`${at} too_many_rows`]);
    expect(
      issuesOf(
        '[7, {"perspectief_id": "geen-id", "aangemaakt": "gisteren", "kleur": "rood", "__proto__": {"x": 1}}]',
      ),
    ).toEqual([
      `${at}.1 invalid_type`,
      `${at}.2.perspectief_id uuid_format`,
      `${at}.2.aangemaakt invalid_value`,
      `${at}.2.kleur unknown_field`,
      `${at}.2.__proto__ unknown_field`,
    ]);
    // Values the domain refuses reach the plan, which names them inside the attribute.
    const outcome = read(
      withAssessments(
        `[{"perspectief": "Redactie", "perspectief_id": "${REDACTIE}", "sterkte": 9, "notitie": 3}]`,
      ),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const planned = planImport(outcome.document, { actors: [], relations: [] }, () => crypto.randomUUID());
    expect(planned.ok ? [] : planned.issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      `${at}.1.sterkte too_big`,
      `${at}.1.notitie invalid_type`,
    ]);
  });

  it('refuses hostile graph-level claims lists', () => {
    const hostile = '['.repeat(10);
    const text =
      root === 'gexf'
        ? write(backup).replace(/(<keywords>krachtenveld )[^<]*/, (_all, head) => `${head}${hostile}`)
        : write(backup).replace(
            /(<data key="g_perspectieven">)[^<]*/,
            (_all, head) => `${head}[{&quot;id&quot;: 1}]`,
          );
    const outcome = read(text);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual(
      root === 'gexf' ? ['keywords too_deep'] : ['graph.perspectieven.1.id invalid_type'],
    );
  });

  it('refuses hostile and broken files with a specific code, logging nothing', () => {
    const logged = vi.spyOn(console, 'error');
    const warned = vi.spyOn(console, 'warn');
    for (const [file, code] of [
      ['xxe.gexf', 'unsafe_xml'],
      ['billion-laughs.graphml', 'unsafe_xml'],
      ['malformed.gexf', 'invalid_xml'],
      ['undeclared-entity.graphml', 'invalid_xml'],
    ] as const)
      expect(codes(read(readFileSync(join(FIXTURES, file), 'utf8'))), file).toEqual([code]);
    const deep = `<?xml version="1.0"?><${root}>${'<a>'.repeat(LIMITS.xmlDepth)}${'</a>'.repeat(LIMITS.xmlDepth)}</${root}>`;
    expect(codes(read(deep))).toEqual(['too_deep']);
    const wide = Array.from({ length: LIMITS.xmlAttributesPerElement + 1 }, (_, k) => ` a${k}="1"`).join('');
    expect(codes(read(`<?xml version="1.0"?><${root}><a${wide}/></${root}>`))).toEqual([
      'too_many_attributes',
    ]);
    expect(codes(read('niet eens xml'))).toEqual(['invalid_xml']);
    expect(logged).not.toHaveBeenCalled();
    expect(warned).not.toHaveBeenCalled();
  });
});

describe('other readers', () => {
  it('graphology reads our GEXF 1.3 and GraphML with typed attributes and viz', () => {
    for (const graph of [gexf.parse(Graph, writeGexf(backup)), graphml.parse(Graph, writeGraphml(backup))]) {
      expect(graph.order).toBe(2);
      expect(graph.size).toBe(1);
      expect(graph.getNodeAttribute(A, 'kracht')).toBe('bewoner');
      expect(graph.getEdgeAttribute('00000000-0000-4000-8000-0000000000f1', 'sterkte')).toBe(4);
    }
    const viz = gexf.parse(Graph, writeGexf(backup)).getNodeAttributes(A);
    expect(viz).toMatchObject({ label: backup.actors[0]?.name, color: 'rgb(230,159,0)', x: 1.5, y: -2.25 });
  });

  it('writes GEXF 1.2draft for NetworkX with the same content', () => {
    const older = writeGexf(backup, '1.2draft');
    expect(older).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(documentOf(readGexf(older))).toEqual(documentOf(readGexf(writeGexf(backup))));
  });
});

describe('foreign network files', () => {
  it('keeps unknown attributes as tags or notes, finds a kracht, and reports each mapping', () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <meta><creator>Gephi 0.10</creator></meta>
  <graph defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="Categorie" type="string"/>
      <attribute id="1" title="Toelichting" type="string"/>
      <attribute id="2" title="force" type="string"/>
    </attributes>
    <attributes class="edge"><attribute id="0" title="since" type="integer"/></attributes>
    <nodes>
      <node id="1" label="Gemeente"><attvalues><attvalue for="0" value="Gemeente"/><attvalue for="2" value="gemeente"/></attvalues>
        <viz:position x="10" y="20" z="0"/></node>
      <node id="2" label="Buurtkamer"><attvalues><attvalue for="0" value="bewoner"/>
        <attvalue for="1" value="${'lang '.repeat(30)}"/></attvalues></node>
      <node id="3"/>
    </nodes>
    <edges>
      <edge id="e1" source="1" target="2" weight="7.6" label="financiert"><attvalues><attvalue for="0" value="2019"/></attvalues></edge>
      <edge id="e2" source="2" target="3" label="kent"/>
      <edge id="e3" source="2" target="2"/>
      <edge id="e4" source="2" target="9"/>
    </edges>
  </graph>
</gexf>`;
    const document = documentOf(readGexf(gexf));
    expect(document.actors.map((actor) => actor.fields)).toEqual([
      { name: 'Gemeente', force: 'gemeente', tags: ['Categorie:Gemeente'] },
      {
        name: 'Buurtkamer',
        force: 'bewoner',
        tags: ['Categorie:bewoner'],
        kenmerken: `Toelichting: ${'lang '.repeat(30)}`,
      },
      { name: '3', force: 'instelling', tags: ['kracht-onbekend'] },
    ]);
    expect(document.layouts).toEqual({ force: { '1': { x: 10, y: 20 } } });
    expect(document.relations.map((relation) => relation.fields)).toEqual([
      { type: 'financiert', strength: 5, description: 'since: 2019' },
      { type: 'werkt_samen', description: 'label: kent' },
    ]);
    expect(document.report.ignored).toEqual([
      'edge e3: van een speler naar zichzelf',
      'edge e4: naar een speler die niet in het bestand staat',
    ]);
    expect(document.report.mapped).toEqual(
      expect.arrayContaining([
        { from: 'node: force', to: 'kracht' },
        { from: 'node: Categorie', to: 'tags (Categorie:…) (2×)' },
        { from: 'node: Toelichting', to: 'kenmerken' },
        { from: 'node: Categorie', to: 'kracht' },
        { from: 'kracht ontbreekt', to: 'kracht instelling en tag kracht-onbekend' },
        { from: 'edge: weight', to: 'sterkte (afgerond naar 1–5)' },
        { from: 'edge: label', to: 'relatietype' },
      ]),
    );
  });

  it('takes yEd labels from its drawing data and ignores the styling', () => {
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="node" id="d5" attr.name="description" attr.type="string"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:Fill color="#FFCC00"/><y:NodeLabel>Wijkraad</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d5">Een team</data><data key="d6"><y:ShapeNode><y:NodeLabel>Jeugdteam</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>`;
    const document = documentOf(readGraphml(graphml));
    expect(document.actors.map((actor) => actor.fields.name)).toEqual(['Wijkraad', 'Jeugdteam']);
    expect(document.actors[1]?.fields.tags).toEqual(['description:Een team', 'kracht-onbekend']);
    expect(document.report.ignored).toEqual(['yEd-opmaak (vormen en kleuren)']);
    expect(document.relations).toHaveLength(1);
  });
});
