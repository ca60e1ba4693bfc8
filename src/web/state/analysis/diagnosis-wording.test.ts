/**
 * The panel's sentences as a reader sees them, rendered through i18next with the real nl/en texts, for a
 * tiny map (8 spelers, 3 ties), a map without ties and the demo: no sentence may contradict the figures
 * beside it, plural forms are right, and the panel says "u", never "je".
 */
import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AnalysisActor,
  type AnalysisRelation,
  BROKERAGE_ROLES,
  buildSnapshot,
  type Diagnosis,
  diagnose,
} from '../../../analysis/index.ts';
import { en } from '../../i18n/en.ts';
import { nl } from '../../i18n/nl.ts';
import { profileLevel, reachRows } from './diagnosis-rows.ts';
import { headlineSentences, indicativeNotice } from './headline.ts';
import { SUBSIDY_ACTORS, SUBSIDY_RELATIONS, TEST_ACTORS, TEST_RELATIONS } from './test-map.ts';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  t = i18n.t.bind(i18n) as TFunction;
});

const TINY_ACTORS: AnalysisActor[] = [
  ...TEST_ACTORS,
  { id: 'inst-s', name: 'INST-S', force: 'instelling', domains: ['schulden'], wijken: [], tags: [] },
];

function headline(diagnosis: Diagnosis): string {
  return headlineSentences(diagnosis, 'nl')
    .map((sentence) => t(sentence.key, sentence.values ?? {}))
    .join(' ');
}

/** The notice as DiagnoseHeadline words it. */
function notice(diagnosis: Diagnosis): string | null {
  const found = indicativeNotice(diagnosis);
  if (!found) return null;
  const spelers = t('diagnose.count.spelers', { count: found.spelers });
  const ties = t('diagnose.count.ties', { count: found.ties });
  return [
    t('diagnose.indicative.title'),
    t('diagnose.indicative.size', { spelers, ties }),
    t(`diagnose.indicative.${found.reason}`, { minActors: found.minActors, minTies: found.minTies }),
    t('diagnose.indicative.advice'),
  ].join(' ');
}

function demo() {
  const file = JSON.parse(
    readFileSync(new URL('../../../../data/demo/voorbeeldgemeente.json', import.meta.url), 'utf8'),
  ) as { actors: Array<AnalysisActor & { key: string }>; relations: Array<Omit<AnalysisRelation, 'id'>> };
  return diagnose(
    buildSnapshot(
      file.actors.map((actor) => ({ ...actor, id: actor.key })),
      file.relations.map((relation, k) => ({ ...relation, id: `r${k}` })),
    ),
  );
}

describe('a tiny map: 8 spelers, 3 ties', () => {
  const tiny = () => diagnose(buildSnapshot(TINY_ACTORS, TEST_RELATIONS.slice(0, 3)), { grouping: 'domein' });

  it('says at the top that the diagnosis is a first impression, and why', () => {
    expect(notice(tiny())).toBe(
      'Alleen een eerste indruk Deze kaart heeft 8 spelers en 3 samenwerkingscontacten. Dat is te weinig om iets zeker te zeggen: daarvoor zijn minstens 20 spelers en 30 samenwerkingscontacten nodig. Lees de diagnose daarom als een eerste indruk. Eén speler of relatie meer of minder kan het beeld al veranderen. Gebruik de cijfers om vragen te stellen, niet om beleid op te baseren.',
    );
  });

  it('words its headline tentatively', () => {
    const text = headline(tiny());
    expect(text).toMatch(/^Per domein lijkt 100% van de samenwerking binnen de eigen koker te blijven\./);
    expect(text).not.toMatch(/Dat is |verbinden de meeste/);
    for (const sentence of Object.values(nl.diagnose.headline.tentative.verdict))
      expect(sentence).toMatch(/lijk|kan|Misschien/);
  });

  it('gets the plural forms right', () => {
    expect(t('diagnose.count.ties', { count: 1 })).toBe('1 samenwerkingscontact');
    expect(t('diagnose.count.ties', { count: 2 })).toBe('2 samenwerkingscontacten');
    expect(t('diagnose.count.ties', { count: 0 })).toBe('geen samenwerkingscontacten');
    expect(t('diagnose.count.spelers', { count: 1 })).toBe('1 speler');
    expect(
      t('diagnose.brokers.crossTies', { count: 1, kokers: t('diagnose.brokers.kokers', { count: 1 }) }),
    ).toBe('1 contact met 1 andere koker.');
    expect(t('diagnose.weakSpots.carries.only', { count: 1, total: 1 })).toBe(
      'het enige contact tussen kokers',
    );
    expect(t('diagnose.residents.subsidyOnlyCount', { count: 0 })).not.toMatch(/^0 /);
  });
});

describe('a map without ties', () => {
  const empty = () => diagnose(buildSnapshot(TINY_ACTORS, []), { grouping: 'domein' });

  it('says there are no ties yet, and nothing it cannot know', () => {
    expect(notice(empty())).toContain('Deze kaart heeft 8 spelers en geen samenwerkingscontacten.');
    expect(headline(empty())).toBe(
      'Er staan nog geen samenwerkingscontacten op de kaart. Daarom is nog niets te zeggen over verkokering of verbinders.',
    );
    expect(
      t('diagnose.networkSummaryNoTies', {
        spelers: t('diagnose.count.spelers', { count: 8 }),
        ties: t('diagnose.count.ties', { count: 0 }),
      }),
    ).toBe('8 spelers, geen samenwerkingscontacten.');
  });
});

describe('the demo', () => {
  it('has no notice and speaks plainly', () => {
    const diagnosis = demo();
    expect(notice(diagnosis)).toBeNull();
    const text = headline(diagnosis);
    expect(text).toMatch(/^Per domein blijft \d+% van de samenwerking binnen de eigen koker\./);
    expect(text).toMatch(
      /bewonersinitiatie(f|ven) (krijgt|krijgen) subsidie van de gemeente, maar (werkt|werken) niet direct met de gemeente samen\./,
    );
  });
});

describe('sentences beside figures', () => {
  it('explains each broker role with what its count means', () => {
    for (const role of BROKERAGE_ROLES) {
      const sentence = t(`diagnose.brokers.role.${role}`, { count: 55, koker: 'domein' });
      expect(sentence, role).toContain('55 keer');
      expect(sentence, role).not.toContain('{{');
      expect(t(`diagnose.brokers.role.${role}`, { count: 55, koker: 'domain', lng: 'en' }), role).toContain(
        '55 times',
      );
    }
    expect(t('diagnose.brokers.role.liaison', { count: 55 })).toBe(
      'verbindt 55 keer twee spelers uit verschillende kokers die niet direct met elkaar samenwerken; zelf hoort deze speler bij geen van die twee kokers.',
    );
  });

  it('never says "vooral" of a share that is not a majority', () => {
    const part = (share: number) =>
      t(`diagnose.clusters.share.${profileLevel(share)}`, {
        label: 'Instellingen',
        share: `${share * 100}%`,
      });
    expect(part(0.3)).toBe('gemengd, de grootste groep is Instellingen (30%)');
    expect(part(0.7)).toBe('vooral Instellingen (70%)');
    expect(part(1)).toBe('alleen Instellingen');
  });

  it('reads "alleen subsidie" together with a three-step reach', () => {
    const [row] = reachRows(diagnose(buildSnapshot(SUBSIDY_ACTORS, SUBSIDY_RELATIONS)), (a, b) =>
      a.localeCompare(b),
    );
    expect(row?.directContact).toBe('subsidyOnly');
    const cell = `${t(`diagnose.residents.contact.${row?.directContact}`)}; ${t('diagnose.residents.subsidyReach', { count: row?.toGemeente })}`;
    expect(cell).toBe('Alleen subsidie; samenwerken gaat via 3 stappen');
    expect(t('diagnose.residents.steps', { count: row?.toGemeente })).toBe('3 stappen');
    expect(t('diagnose.residents.steps', { count: 1 })).toBe('1 stap (direct)');
  });

  it('calls a change below the threshold "nauwelijks verschil"', () => {
    expect(t('diagnose.whatIf.direction.slight')).toBe('nauwelijks verschil');
  });

  it('says "u", never "je", and never "(s)" for a plural', () => {
    const strings: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      else if (value && typeof value === 'object') for (const inner of Object.values(value)) walk(inner);
    };
    walk(nl.diagnose);
    for (const text of strings) {
      expect(text).not.toMatch(/\b(je|jij|jouw)\b/i);
      expect(text).not.toContain('(s)');
    }
  });
});
