import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../domain/index.ts';
import { en } from '../../../i18n/en.ts';
import { nl } from '../../../i18n/nl.ts';
import {
  actorNamesInEvents,
  changedFields,
  type DescribeContext,
  describeEvent,
  formatWhen,
} from './describe-event.ts';

const i18n = createInstance();
let context: DescribeContext;
beforeAll(async () => {
  await i18n.init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: 'nl',
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  });
  context = {
    t: i18n.getFixedT('nl'),
    language: 'nl',
    actorName: (id) => ({ a1: 'Buurtkamer', a2: 'Gemeente – team Wmo' })[id],
    memberName: (id) => ({ u2: 'Bram' })[id],
  };
});

const ANNA = { id: 'u1', displayName: 'Anna' };
const event = (fields: Partial<AuditEvent>): AuditEvent => ({
  id: 1,
  at: '2026-03-02T09:05:00.000Z',
  action: 'actor.update',
  entityType: 'actor',
  entityId: 'a1',
  via: 'api',
  user: ANNA,
  before: null,
  after: null,
  ...fields,
});
const actor = (fields: Record<string, unknown>) => ({
  id: 'a1',
  workspaceId: 'w1',
  name: 'Buurtkamer',
  kenmerken: '',
  domains: [],
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

describe('changed fields', () => {
  it('lists the fields that differ, in the form’s order, without the bookkeeping', () => {
    const before = actor({});
    const after = actor({
      tags: ['wet:Wmo'],
      name: 'Buurtkamer Noord',
      kenmerken: 'Open',
      version: 2,
      updatedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(changedFields(before, after)).toEqual(['name', 'kenmerken', 'tags']);
  });

  it('compares lists by their content and sees fields that appear or disappear', () => {
    expect(changedFields({ domains: ['jeugd'] }, { domains: ['jeugd'] })).toEqual([]);
    expect(changedFields({ domains: ['jeugd'] }, { domains: ['jeugd', 'wonen'] })).toEqual(['domains']);
    expect(changedFields({ a: 1 }, { b: 2, name: 'x' })).toEqual(['name', 'b', 'a']);
    expect(changedFields(null, { a: 1 })).toEqual([]);
  });
});

describe('describing an event', () => {
  it('names who changed which speler, and the fields', () => {
    const sentence = describeEvent(
      event({ before: actor({}), after: actor({ name: 'Buurtkamer', kenmerken: 'Open', version: 2 }) }),
      context,
    );
    expect(sentence).toBe('Anna wijzigde speler Buurtkamer: kenmerken');
    const two = describeEvent(
      event({ before: actor({}), after: actor({ name: 'Buurtkamer Noord', kenmerken: 'Open' }) }),
      context,
    );
    expect(two).toBe('Anna wijzigde speler Buurtkamer Noord: naam en kenmerken');
  });

  it('sums up an import: added and updated spelers and relaties', () => {
    const sentence = describeEvent(
      event({
        action: 'workspace.import',
        entityType: 'workspace',
        after: {
          files: ['spelers.xlsx'],
          actors: { created: 12, updated: 3 },
          relations: { created: 1380, updated: 0 },
        },
      }),
      context,
    );
    expect(sentence).toBe(
      'Import van bestand spelers.xlsx door Anna: 12 spelers toegevoegd, 3 bijgewerkt; 1.380 relaties toegevoegd',
    );
  });

  it('names the claims an import brought: perspectives, vraagstukken, beoordelingen and posities', () => {
    const sentence = describeEvent(
      event({
        action: 'workspace.import',
        entityType: 'workspace',
        after: {
          files: ['backup.json'],
          actors: { created: 67, updated: 0 },
          relations: { created: 210, updated: 0 },
          claims: {
            perspectives: { created: 3, updated: 0 },
            topics: { created: 1, updated: 1 },
            assessments: { created: 56, updated: 0 },
            positions: { created: 0, updated: 0 },
          },
        },
      }),
      context,
    );
    expect(sentence).toBe(
      'Import van bestand backup.json door Anna: 67 spelers toegevoegd; 210 relaties toegevoegd; samen met 3 perspectieven, 2 vraagstukken en 56 beoordelingen van relaties',
    );
  });

  it('says how a change without a person came in: the command line, or the demo', () => {
    const demo = describeEvent(
      event({
        action: 'workspace.import',
        via: 'system',
        user: null,
        after: {
          files: ['demo'],
          actors: { created: 67, updated: 0 },
          relations: { created: 1, updated: 0 },
        },
      }),
      context,
    );
    expect(demo).toBe(
      'Import van bestand demo door Krachtenveld (voorbeeld): 67 spelers toegevoegd; 1 relatie toegevoegd',
    );
    const cli = describeEvent(
      event({ action: 'actor.delete', via: 'cli', user: null, before: { actor: actor({}), relations: [] } }),
      context,
    );
    expect(cli).toBe('Speler Buurtkamer verwijderd via de opdrachtregel');
    const updatedOnly = describeEvent(
      event({
        action: 'workspace.import',
        via: 'cli',
        user: null,
        after: {
          files: ['a.csv', 'b.csv'],
          actors: { created: 0, updated: 1 },
          relations: { created: 0, updated: 0 },
        },
      }),
      context,
    );
    expect(updatedOnly).toBe('Import van bestanden a.csv en b.csv via de opdrachtregel: 1 speler bijgewerkt');
  });

  it('counts the relaties that went with a deleted speler, and came back with it', () => {
    const relation = { id: 'r1', sourceId: 'a1', targetId: 'a2', type: 'financiert' };
    expect(
      describeEvent(
        event({ action: 'actor.delete', before: { actor: actor({}), relations: [relation, relation] } }),
        context,
      ),
    ).toBe('Anna verwijderde speler Buurtkamer: 2 relaties gingen mee');
    expect(
      describeEvent(
        event({ action: 'actor.restore', after: { actor: actor({}), relations: [relation], fromEvent: 4 } }),
        context,
      ),
    ).toBe('Anna zette speler Buurtkamer terug: met 1 relatie');
  });

  it('reads a relatie as a sentence, with a placeholder for a speler that is gone', () => {
    const relation = { id: 'r1', sourceId: 'a2', targetId: 'a1', type: 'financiert', strength: 3 };
    expect(describeEvent(event({ action: 'relation.create', after: relation }), context)).toBe(
      'Anna voegde de relatie Gemeente – team Wmo financiert Buurtkamer toe',
    );
    expect(
      describeEvent(
        event({ action: 'relation.update', before: relation, after: { ...relation, strength: 5 } }),
        context,
      ),
    ).toBe('Anna wijzigde de relatie Gemeente – team Wmo financiert Buurtkamer: sterkte');
    expect(
      describeEvent(
        event({ action: 'relation.delete', before: { ...relation, sourceId: 'gone', type: 'werkt_samen' } }),
        context,
      ),
    ).toBe('Anna verwijderde de relatie een verwijderde speler werkt samen met Buurtkamer');
  });

  it('reads a restored relatie by its ends, and names a deleted speler as an event kept it', () => {
    const relation = { id: 'r1', sourceId: 'gone', targetId: 'a1', type: 'financiert', strength: 3 };
    expect(describeEvent(event({ action: 'relation.restore', after: relation }), context)).toBe(
      'Anna zette de relatie een verwijderde speler financiert Buurtkamer terug',
    );
    const events = [
      event({
        action: 'actor.delete',
        before: { actor: actor({ id: 'gone', name: 'Wijkcafé' }), relations: [] },
      }),
      event({ action: 'actor.update', after: actor({ id: 'gone', name: 'Oude naam' }) }),
      event({ action: 'actor.create', after: actor({ id: 'a9', name: 'Bibliotheek' }) }),
    ];
    const past = actorNamesInEvents(events);
    expect([...past]).toEqual([
      ['gone', 'Wijkcafé'],
      ['a9', 'Bibliotheek'],
    ]);
    const withPast = { ...context, actorName: (id: string) => context.actorName(id) ?? past.get(id) };
    expect(describeEvent(event({ action: 'relation.delete', before: relation }), withPast)).toBe(
      'Anna verwijderde de relatie Wijkcafé financiert Buurtkamer',
    );
  });

  it('describes members and invitations with their roles', () => {
    expect(
      describeEvent(
        event({
          action: 'member.add',
          entityType: 'member',
          entityId: 'u3',
          user: { id: 'u3', displayName: 'Chris' },
          after: { role: 'lezer', invitation: 'i1' },
        }),
        context,
      ),
    ).toBe('Chris werd lid als lezer');
    expect(
      describeEvent(
        event({
          action: 'member.update',
          entityType: 'member',
          entityId: 'u2',
          before: { role: 'lezer' },
          after: { role: 'redacteur' },
        }),
        context,
      ),
    ).toBe('Anna gaf Bram de rol redacteur: was lezer');
    expect(
      describeEvent(
        event({ action: 'member.remove', entityType: 'member', entityId: 'u9', before: { role: 'lezer' } }),
        context,
      ),
    ).toBe('Anna haalde een oud-lid uit de werkruimte');
    const invitation = describeEvent(
      event({
        action: 'invitation.create',
        entityType: 'invitation',
        after: { role: 'lezer', expiresAt: '2026-03-09T09:05:00.000Z' },
      }),
      context,
    );
    expect(invitation).toMatch(/^Anna maakte een uitnodigingslink voor een lezer, geldig tot .*2026/);
  });

  it('names the momentopname taken or deleted', () => {
    const counts = { actors: 2, relations: 1, perspectives: 1, assessments: 0, topics: 0, positions: 0 };
    const snapshot = { name: 'Nulmeting 2026', reason: 'manual', takenAt: '2026-03-02T09:05:00Z', counts };
    expect(
      describeEvent(event({ action: 'snapshot.create', entityType: 'snapshot', after: snapshot }), context),
    ).toBe('Anna maakte de momentopname Nulmeting 2026');
    expect(
      describeEvent(event({ action: 'snapshot.delete', entityType: 'snapshot', before: snapshot }), context),
    ).toBe('Anna verwijderde de momentopname Nulmeting 2026');
  });

  it('keeps markup in names as plain text', () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const sentence = describeEvent(
      event({ user: { id: 'u1', displayName: payload }, before: actor({}), after: actor({ name: payload }) }),
      context,
    );
    expect(sentence).toBe(`${payload} wijzigde speler ${payload}: naam`);
  });

  it('tells the uitvraag: rounds, invitations, answers through a personal link, and decisions on proposals', () => {
    const survey = { id: 's1', title: 'Jeugd 2027', state: 'concept', closesOn: '2027-03-01', tally: {} };
    expect(
      describeEvent(event({ action: 'survey.create', entityType: 'survey', after: survey }), context),
    ).toBe('Anna maakte de uitvraag Jeugd 2027');
    expect(
      describeEvent(
        event({
          action: 'survey.update',
          entityType: 'survey',
          before: survey,
          after: { ...survey, state: 'open' },
        }),
        context,
      ),
    ).toBe('Anna wijzigde de uitvraag Jeugd 2027: open');
    expect(
      describeEvent(
        event({
          action: 'respondent.create',
          entityType: 'survey',
          after: { surveyId: 's1', respondents: [{}, {}, {}], perspectivesCreated: [] },
        }),
        context,
      ),
    ).toBe('Anna nodigde 3 deelnemers uit voor een uitvraag');
    // One is one deelnemer, also when the server did it.
    expect(
      describeEvent(
        event({
          action: 'respondent.create',
          entityType: 'survey',
          after: { surveyId: 's1', respondents: [{}], perspectivesCreated: [] },
        }),
        context,
      ),
    ).toBe('Anna nodigde 1 deelnemer uit voor een uitvraag');
    expect(
      describeEvent(
        event({
          action: 'respondent.forget_contact',
          entityType: 'survey',
          after: { respondentIds: ['r1', 'r2'] },
        }),
        context,
      ),
    ).toBe('Anna wiste de contactgegevens van 2 deelnemers');
    expect(
      describeEvent(
        event({
          action: 'respondent.forget_contact',
          entityType: 'survey',
          via: 'system',
          user: null,
          after: { respondentIds: ['r1'], expired: true },
        }),
        context,
      ),
    ).toMatch(/^Contactgegevens van 1 deelnemer gewist na de bewaartermijn/);
    expect(
      describeEvent(
        event({
          action: 'respondent.mail',
          entityType: 'survey',
          after: {
            surveyId: 's1',
            kind: 'herinnering',
            respondentIds: ['r1', 'r2'],
            sent: 2,
            skipped: 1,
            failed: 1,
          },
        }),
        context,
      ),
    ).toBe('Anna mailde een herinnering naar 2 deelnemers: 1 niet verstuurd');
    // A respondent has no account: the sentence says the answers came through their personal link.
    expect(
      describeEvent(
        event({
          action: 'respondent.answer',
          entityType: 'respondent',
          via: 'survey',
          user: null,
          after: { actorId: 'a1', ties: 4, finished: true },
        }),
        context,
      ),
    ).toBe('Antwoorden van Buurtkamer bewaard via een persoonlijke link van de uitvraag: 4 relaties, klaar');
    expect(
      describeEvent(
        event({
          action: 'proposal.resolve',
          entityType: 'proposal',
          after: { name: 'De Bieb', status: 'merged', actorId: 'a2' },
        }),
        context,
      ),
    ).toBe('Anna besliste over de voorgestelde speler De Bieb: samengevoegd met Gemeente – team Wmo');
    const accepted = event({
      action: 'proposal.resolve',
      entityType: 'proposal',
      after: {
        name: 'Buurtcoach',
        status: 'accepted',
        actorId: 'a9',
        actorCreated: { id: 'a9', name: 'Buurtcoach' },
      },
    });
    expect(actorNamesInEvents([accepted]).get('a9')).toBe('Buurtcoach');
  });

  it('speaks English too', () => {
    const english = { ...context, t: i18n.getFixedT('en'), language: 'en' };
    expect(
      describeEvent(event({ before: actor({}), after: actor({ kenmerken: 'Open', name: 'B' }) }), english),
    ).toBe('Anna changed actor B: name and characteristics');
    expect(formatWhen('2026-03-02T09:05:00.000Z', 'en')).toMatch(/2 March 2026/);
  });
});

describe('perspectives, vraagstukken and positions in the history', () => {
  const perspective = (fields: Record<string, unknown>) => ({
    id: 'p1',
    name: 'Wijkteam Noord',
    force: 'professional',
    description: '',
    editors: false,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  });
  const topic = (fields: Record<string, unknown>) => ({
    id: 't1',
    name: 'Armoedebeleid',
    description: '',
    status: 'actief',
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  });
  const position = (fields: Record<string, unknown>) => ({
    id: 'x1',
    topicId: 't1',
    actorId: 'a1',
    perspectiveId: 'p1',
    invloed: 2,
    belang: 5,
    standpunt: -2,
    beweging: 'van_onderop',
    reasoning: '',
    assessedOn: '2026-03-01',
    createdBy: 'u1',
    createdAt: '2026-03-02T09:05:00.000Z',
    ...fields,
  });
  const ctx = (): DescribeContext => ({
    ...context,
    perspectiveName: (id: string) => ({ p1: 'Gemeente' })[id],
  });

  it('says what a perspective claimed about a relatie: that it exists and how strong, or that it does not', () => {
    const assessment = (fields: Record<string, unknown>) => ({
      id: 'a1',
      relationId: 'r1',
      perspectiveId: 'p1',
      present: true,
      strength: 4,
      trust: null,
      value: null,
      note: '',
      source: null,
      origin: 'editor',
      ...fields,
    });
    expect(
      describeEvent(
        event({ action: 'assessment.create', entityType: 'assessment', after: assessment({}) }),
        ctx(),
      ),
    ).toBe('Anna legde vast wat Gemeente over een relatie zegt: de relatie bestaat, sterkte 4');
    expect(
      describeEvent(
        event({
          action: 'assessment.update',
          entityType: 'assessment',
          before: assessment({}),
          after: assessment({ present: false, strength: null }),
        }),
        ctx(),
      ),
    ).toBe('Anna wijzigde wat Gemeente over een relatie zegt: de relatie bestaat niet');
    expect(
      describeEvent(
        event({
          action: 'assessment.delete',
          entityType: 'assessment',
          before: assessment({ perspectiveId: 'gone' }),
        }),
        ctx(),
      ),
    ).toBe('Anna haalde weg wat een perspectief over een relatie zei');
  });

  it('names a perspective made, changed (with the fields) and deleted, with the claims that went', () => {
    expect(
      describeEvent(
        event({ action: 'perspective.create', entityType: 'perspective', after: perspective({}) }),
        context,
      ),
    ).toBe('Anna voegde het perspectief Wijkteam Noord toe');
    expect(
      describeEvent(
        event({
          action: 'perspective.update',
          entityType: 'perspective',
          before: perspective({}),
          after: perspective({ name: 'Wijkteam Oost', description: 'Sinds maart', version: 2 }),
        }),
        context,
      ),
    ).toBe('Anna wijzigde het perspectief Wijkteam Oost: naam en toelichting');
    const deletion = (assessments: number, positions: number) =>
      describeEvent(
        event({
          action: 'perspective.delete',
          entityType: 'perspective',
          before: {
            perspective: perspective({}),
            assessments: Array.from({ length: assessments }, () => ({})),
            positions: Array.from({ length: positions }, () => position({})),
          },
        }),
        context,
      );
    expect(deletion(0, 0)).toBe('Anna verwijderde het perspectief Wijkteam Noord');
    expect(deletion(1, 3)).toBe(
      'Anna verwijderde het perspectief Wijkteam Noord: samen met 1 beoordeling van een relatie en 3 posities',
    );
    expect(deletion(2, 0)).toBe(
      'Anna verwijderde het perspectief Wijkteam Noord: samen met 2 beoordelingen van relaties',
    );
  });

  it('names a vraagstuk made, changed and deleted with its positions', () => {
    expect(
      describeEvent(event({ action: 'topic.create', entityType: 'topic', after: topic({}) }), context),
    ).toBe('Anna voegde het vraagstuk Armoedebeleid toe');
    expect(
      describeEvent(
        event({
          action: 'topic.update',
          entityType: 'topic',
          before: topic({}),
          after: topic({ status: 'afgerond', version: 2 }),
        }),
        context,
      ),
    ).toBe('Anna wijzigde het vraagstuk Armoedebeleid: status');
    expect(
      describeEvent(
        event({
          action: 'topic.delete',
          entityType: 'topic',
          via: 'cli',
          user: null,
          before: { topic: topic({}), positions: [position({})] },
        }),
        context,
      ),
    ).toBe('Vraagstuk Armoedebeleid verwijderd via de opdrachtregel: samen met 1 positie');
  });

  it('reads one position as the speler, the vraagstuk, invloed, belang and standpunt in words', () => {
    const one = event({
      action: 'position.create',
      entityType: 'topic',
      entityId: 't1',
      after: { topic: { id: 't1', name: 'Armoedebeleid' }, positions: [position({})] },
    });
    expect(describeEvent(one, ctx())).toBe(
      'Anna gaf Buurtkamer een positie op het vraagstuk Armoedebeleid: invloed 2, belang 5, sterk tegen (volgens Gemeente)',
    );
    // Without the perspectives at hand, the sentence leaves the perspective out.
    expect(describeEvent(one, context)).toBe(
      'Anna gaf Buurtkamer een positie op het vraagstuk Armoedebeleid: invloed 2, belang 5, sterk tegen',
    );
    const many = event({
      action: 'position.create',
      entityType: 'topic',
      entityId: 't1',
      after: {
        topic: { id: 't1', name: 'Armoedebeleid' },
        positions: [
          position({}),
          position({ id: 'x2', standpunt: 1 }),
          position({ id: 'x3', actorId: 'a2' }),
        ],
      },
    });
    expect(describeEvent(many, ctx())).toBe(
      'Anna gaf 3 posities op het vraagstuk Armoedebeleid: Buurtkamer en Gemeente – team Wmo',
    );
  });

  it('tells the uitvraag: rounds, invitations, answers through a personal link, and decisions on proposals', () => {
    const survey = { id: 's1', title: 'Jeugd 2027', state: 'concept', closesOn: '2027-03-01', tally: {} };
    expect(
      describeEvent(event({ action: 'survey.create', entityType: 'survey', after: survey }), context),
    ).toBe('Anna maakte de uitvraag Jeugd 2027');
    expect(
      describeEvent(
        event({
          action: 'survey.update',
          entityType: 'survey',
          before: survey,
          after: { ...survey, state: 'open' },
        }),
        context,
      ),
    ).toBe('Anna wijzigde de uitvraag Jeugd 2027: open');
    expect(
      describeEvent(
        event({
          action: 'respondent.create',
          entityType: 'survey',
          after: { surveyId: 's1', respondents: [{}, {}, {}], perspectivesCreated: [] },
        }),
        context,
      ),
    ).toBe('Anna nodigde 3 deelnemers uit voor een uitvraag');
    expect(
      describeEvent(
        event({
          action: 'respondent.forget_contact',
          entityType: 'survey',
          after: { respondentIds: ['r1', 'r2'] },
        }),
        context,
      ),
    ).toBe('Anna wiste de contactgegevens van 2 deelnemers');
    // A respondent has no account: the sentence says the answers came through their personal link.
    expect(
      describeEvent(
        event({
          action: 'respondent.answer',
          entityType: 'respondent',
          via: 'survey',
          user: null,
          after: { actorId: 'a1', ties: 4, finished: true },
        }),
        context,
      ),
    ).toBe('Antwoorden van Buurtkamer bewaard via een persoonlijke link van de uitvraag: 4 relaties, klaar');
    expect(
      describeEvent(
        event({
          action: 'proposal.resolve',
          entityType: 'proposal',
          after: { name: 'De Bieb', status: 'merged', actorId: 'a2' },
        }),
        context,
      ),
    ).toBe('Anna besliste over de voorgestelde speler De Bieb: samengevoegd met Gemeente – team Wmo');
    const accepted = event({
      action: 'proposal.resolve',
      entityType: 'proposal',
      after: {
        name: 'Buurtcoach',
        status: 'accepted',
        actorId: 'a9',
        actorCreated: { id: 'a9', name: 'Buurtcoach' },
      },
    });
    expect(actorNamesInEvents([accepted]).get('a9')).toBe('Buurtcoach');
  });

  it('speaks English too', () => {
    const english = { ...ctx(), t: i18n.getFixedT('en'), language: 'en' };
    expect(
      describeEvent(
        event({
          action: 'position.create',
          entityType: 'topic',
          after: { topic: { id: 't1', name: 'Poverty policy' }, positions: [position({ standpunt: 1 })] },
        }),
        english,
      ),
    ).toBe(
      'Anna gave Buurtkamer a position on the topic Poverty policy: influence 2, interest 5, for (according to Gemeente)',
    );
    expect(
      describeEvent(
        event({
          action: 'perspective.delete',
          entityType: 'perspective',
          before: { perspective: perspective({}), assessments: [{}], positions: [{}, {}] },
        }),
        english,
      ),
    ).toBe(
      'Anna deleted the perspective Wijkteam Noord: together with 1 assessment of a relation and 2 positions',
    );
    expect(
      describeEvent(
        event({ action: 'topic.create', entityType: 'topic', via: 'system', user: null, after: topic({}) }),
        english,
      ),
    ).toMatch(/^Topic Armoedebeleid added /);
  });
});
