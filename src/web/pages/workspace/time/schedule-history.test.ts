import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../domain/index.ts';
import { en } from '../../../i18n/en.ts';
import { nl } from '../../../i18n/nl.ts';
import { type DescribeContext, describeEvent } from '../history/describe-event.ts';

const i18n = createInstance();
const contextIn = (language: 'nl' | 'en'): DescribeContext => ({
  t: i18n.getFixedT(language),
  language,
  actorName: () => undefined,
  memberName: () => undefined,
});
beforeAll(async () => {
  await i18n.init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: 'nl',
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  });
});

const workspace = (fields: Record<string, unknown>) => ({
  id: 'w1',
  name: 'Voorbeeldgemeente',
  gemeente: 'GM9999',
  wijken: [],
  description: '',
  snapshotSchedule: 'none',
  version: 1,
  ...fields,
});
const event = (fields: Partial<AuditEvent>): AuditEvent => ({
  id: 1,
  at: '2027-01-01T06:00:00.000Z',
  action: 'workspace.update',
  entityType: 'workspace',
  entityId: 'w1',
  via: 'api',
  user: { id: 'u1', displayName: 'Anna' },
  before: null,
  after: null,
  ...fields,
});

describe('the history of the momentopname schedule', () => {
  it('names a changed schedule with its new value', () => {
    const changed = event({
      before: workspace({}),
      after: workspace({ snapshotSchedule: 'yearly', description: 'Onze kaart', version: 2 }),
    });
    expect(describeEvent(changed, contextIn('nl'))).toBe(
      'Anna wijzigde de werkruimte: toelichting en automatische momentopnames (elk jaar op 1 januari)',
    );
    expect(describeEvent(changed, contextIn('en'))).toBe(
      'Anna changed the workspace: explanation and automatic snapshots (every year on 1 January)',
    );
  });

  it('says a scheduled momentopname was taken automatically, and a hand-made one by whom', () => {
    const scheduled = event({
      action: 'snapshot.create',
      entityType: 'snapshot',
      via: 'system',
      user: null,
      after: { name: 'Jaarlijkse momentopname 2027', reason: 'schedule' },
    });
    expect(describeEvent(scheduled, contextIn('nl'))).toBe(
      'Volgens het schema automatisch gemaakt: Jaarlijkse momentopname 2027',
    );
    expect(describeEvent(scheduled, contextIn('en'))).toBe(
      'Taken automatically, as scheduled: Jaarlijkse momentopname 2027',
    );
    const byHand = event({
      action: 'snapshot.create',
      entityType: 'snapshot',
      after: { name: 'Nulmeting', reason: 'manual' },
    });
    expect(describeEvent(byHand, contextIn('nl'))).toBe('Anna maakte de momentopname Nulmeting');
  });
});
