import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../domain/index.ts';
import { en } from '../../../i18n/en.ts';
import { nl } from '../../../i18n/nl.ts';
import { actorNamesInEvents, type DescribeContext, describeEvent } from './describe-event.ts';

const i18n = createInstance();
let context: DescribeContext;
let english: DescribeContext;
beforeAll(async () => {
  await i18n.init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: 'nl',
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  });
  const actorName = (id: string) => ({ a1: 'Buurtkamer', a2: 'Wijkteam' })[id];
  context = { t: i18n.getFixedT('nl'), language: 'nl', actorName, memberName: () => undefined };
  english = { t: i18n.getFixedT('en'), language: 'en', actorName, memberName: () => undefined };
});

const ANNA = { id: 'u1', displayName: 'Anna' };
// Loosely typed, so a payload the server may write differently still reads (the history is lenient).
const event = (fields: Omit<Partial<AuditEvent>, 'action' | 'via'> & { action: string; via?: string }) =>
  ({
    id: 1,
    at: '2026-03-02T19:05:00.000Z',
    entityType: 'meeting',
    entityId: 'm1',
    via: 'api',
    user: ANNA,
    before: null,
    after: null,
    ...fields,
  }) as AuditEvent;
const MEETING = { id: 'm1', name: 'Stadsgesprek Zuid', state: 'open', autoAccept: false, version: 1 };

describe('a bijeenkomst in the history', () => {
  it('says who started, opened and closed it, with the counts of the closing', () => {
    expect(describeEvent(event({ action: 'meeting.create', after: MEETING }), context)).toBe(
      'Anna begon de bijeenkomst Stadsgesprek Zuid',
    );
    expect(describeEvent(event({ action: 'meeting.open', before: MEETING, after: MEETING }), context)).toBe(
      'Anna opende de bijeenkomst Stadsgesprek Zuid',
    );
    expect(
      describeEvent(
        event({
          action: 'meeting.close',
          before: { name: 'Stadsgesprek Zuid', state: 'open', autoAccept: false },
          after: {
            name: 'Stadsgesprek Zuid',
            state: 'closed',
            participants: 23,
            groups: [{ name: 'Bewoners', participants: 20 }],
            accepted: 14,
            rejected: 1,
            pending: 2,
          },
        }),
        context,
      ),
    ).toBe(
      'Anna sloot de bijeenkomst Stadsgesprek Zuid: 23 deelnemers, 14 bijdragen overgenomen en 1 afgewezen',
    );
    expect(
      describeEvent(
        event({
          action: 'meeting.close',
          after: { name: 'Stadsgesprek Zuid', summary: { participants: 1 } },
        }),
        english,
      ),
    ).toBe('Anna closed the meeting Stadsgesprek Zuid: 1 participant');
  });

  it('names auto-accept switched on or off and other changed fields', () => {
    const before = { name: 'Stadsgesprek Zuid', state: 'open', autoAccept: false };
    const on = { name: 'Stadsgesprek Zuid', state: 'open', autoAccept: true };
    expect(describeEvent(event({ action: 'meeting.update', before, after: on }), context)).toBe(
      'Anna wijzigde de bijeenkomst Stadsgesprek Zuid: bijdragen meteen overnemen aan',
    );
    expect(describeEvent(event({ action: 'meeting.update', before: on, after: before }), english)).toBe(
      'Anna changed the meeting Stadsgesprek Zuid: accept contributions at once off',
    );
    const renamed = { ...on, name: 'Stadsgesprek' };
    expect(describeEvent(event({ action: 'meeting.update', before, after: renamed }), context)).toBe(
      'Anna wijzigde de bijeenkomst Stadsgesprek: bijdragen meteen overnemen aan en naam',
    );
  });

  it('says how a contribution was decided, what it said and from which group, as the server records it', () => {
    const decided = (status: string) =>
      event({
        action: 'contribution.decide',
        entityType: 'contribution',
        before: {
          meetingId: 'm1',
          meetingName: 'Stadsgesprek Zuid',
          kind: 'tie',
          content: { kind: 'tie', sourceId: 'a2', targetId: 'a1', type: 'werkt_samen', strength: 4 },
          status: 'pending',
          group: 'Bewoners',
        },
        after: {
          meetingId: 'm1',
          meetingName: 'Stadsgesprek Zuid',
          kind: 'tie',
          status,
          group: 'Bewoners',
          actorId: null,
          relationId: 'r1',
        },
      });
    expect(describeEvent(decided('accepted'), context)).toBe(
      'Anna nam een bijdrage uit de bijeenkomst Stadsgesprek Zuid over: Wijkteam werkt samen met Buurtkamer, sterkte 4 (Bewoners)',
    );
    expect(describeEvent(decided('merged'), context)).toMatch(/^Anna voegde een bijdrage uit de bijeenkomst/);
    expect(describeEvent(decided('rejected'), context)).toMatch(/^Anna wees een bijdrage uit de bijeenkomst/);
  });

  it('reads a decision without its meeting’s name or content, and one the meeting took over itself', () => {
    expect(
      describeEvent(event({ action: 'contribution.decide', after: { decision: 'reject' } }), context),
    ).toBe('Anna wees een bijdrage uit een bijeenkomst af');
    expect(
      describeEvent(
        event({
          action: 'contribution.decide',
          user: null,
          via: 'meeting',
          before: { content: { kind: 'actor', name: 'Voedselbank', force: 'instelling', why: null } },
          after: { status: 'accepted', meeting: { name: 'Stadsgesprek Zuid' } },
        }),
        context,
      ),
    ).toBe(
      'Bijdrage uit de bijeenkomst Stadsgesprek Zuid meteen overgenomen: Nieuwe speler: Voedselbank (Instellingen)',
    );
  });

  it('keeps the name of a speler a decision made, for later events about it', () => {
    const names = actorNamesInEvents([
      event({
        action: 'contribution.decide',
        after: { status: 'accepted', actorCreated: { id: 'a9', name: 'Voedselbank' } },
      }),
    ]);
    expect(names.get('a9')).toBe('Voedselbank');
  });

  it('says a participant changed the map by withdrawing or reacting, by group and never by name', () => {
    const landed = (after: Record<string, unknown>) =>
      describeEvent(
        event({
          action: 'contribution.land',
          entityType: 'contribution',
          user: null,
          via: 'meeting',
          before: { meetingId: 'm1', meetingName: 'Stadsgesprek Zuid' },
          after: {
            meetingId: 'm1',
            meetingName: 'Stadsgesprek Zuid',
            kind: 'tie',
            group: 'Bewoners',
            ...after,
          },
        }),
        context,
      );
    expect(landed({ status: 'withdrawn' })).toBe(
      'Kaart bijgewerkt door een deelnemer van de bijeenkomst Stadsgesprek Zuid: iemand van Bewoners trok een bijdrage in',
    );
    expect(landed({ reaction: 'klopt_niet' })).toBe(
      'Kaart bijgewerkt door een deelnemer van de bijeenkomst Stadsgesprek Zuid: iemand van Bewoners zei “klopt niet” over een relatie',
    );
    expect(landed({ reaction: 'klopt' })).toMatch(/zei “klopt” over een relatie$/);
    expect(landed({ reaction: null })).toMatch(/trok een reactie op een relatie in$/);
  });

  it('words other changes made through a meeting with it as the way they came in', () => {
    const sentence = describeEvent(
      event({
        action: 'assessment.update',
        entityType: 'assessment',
        user: null,
        via: 'meeting',
        before: { perspectiveId: 'p1', present: true, strength: 3 },
        after: { perspectiveId: 'p1', present: false, strength: null },
      }),
      { ...context, perspectiveName: () => 'Bewoners' },
    );
    expect(sentence).toBe(
      'Wat Bewoners over een relatie zegt, gewijzigd via een bijeenkomst: de relatie bestaat niet',
    );
  });
});
