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

  it('keeps markup in names as plain text', () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const sentence = describeEvent(
      event({ user: { id: 'u1', displayName: payload }, before: actor({}), after: actor({ name: payload }) }),
      context,
    );
    expect(sentence).toBe(`${payload} wijzigde speler ${payload}: naam`);
  });

  it('speaks English too', () => {
    const english = { ...context, t: i18n.getFixedT('en'), language: 'en' };
    expect(
      describeEvent(event({ before: actor({}), after: actor({ kenmerken: 'Open', name: 'B' }) }), english),
    ).toBe('Anna changed actor B: name and characteristics');
    expect(formatWhen('2026-03-02T09:05:00.000Z', 'en')).toMatch(/2 March 2026/);
  });
});
