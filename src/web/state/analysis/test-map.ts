/**
 * A small werkruimte for the tests of this folder: two kokers (domein schulden and jeugd), each a triangle
 * of collaboration, joined by one tie between their professionals, plus a residents' initiative that only
 * gets money from the gemeente. Small enough to check figures by hand.
 */
import type { AnalysisActor, AnalysisRelation } from '../../../analysis/index.ts';
import type { Force, RelationType } from '../../../domain/index.ts';

const actor = (id: string, force: Force, domain: string, tags: string[] = []): AnalysisActor => ({
  id,
  name: id.toUpperCase(),
  force,
  domains: [domain],
  wijken: ['Noord'],
  tags,
});

export const TEST_ACTORS: AnalysisActor[] = [
  actor('gem-s', 'gemeente', 'schulden', ['moeder:Gemeente']),
  actor('prof-s', 'professional', 'schulden', ['moeder:Welzijn']),
  actor('bew-s', 'bewoner', 'schulden'),
  actor('inst-j', 'instelling', 'jeugd', ['moeder:Welzijn']),
  actor('prof-j', 'professional', 'jeugd'),
  actor('gem-j', 'gemeente', 'jeugd', ['moeder:Gemeente', 'wet:Jeugdwet']),
  actor('bew-x', 'bewoner', 'schulden'),
];

let next = 0;
const tie = (source: string, target: string, type: RelationType = 'werkt_samen'): AnalysisRelation => ({
  id: `r${++next}`,
  source,
  target,
  type,
  strength: 3,
});

export const TEST_RELATIONS: AnalysisRelation[] = [
  tie('gem-s', 'prof-s'),
  tie('prof-s', 'bew-s'),
  tie('gem-s', 'bew-s'),
  tie('inst-j', 'prof-j'),
  tie('prof-j', 'gem-j'),
  tie('inst-j', 'gem-j'),
  tie('prof-s', 'prof-j'),
  tie('gem-s', 'bew-x', 'financiert'),
];

/**
 * A map just large enough to judge (24 spelers, 51 collaboration ties): three domein kokers of eight,
 * each a ring with chords, joined by three ties between kokers. The headline speaks plainly here.
 */
export function reliableMap(): { actors: AnalysisActor[]; relations: AnalysisRelation[] } {
  const domains = ['schulden', 'jeugd', 'wonen'];
  const forces: Force[] = ['gemeente', 'instelling', 'professional', 'bewoner'];
  const actors = domains.flatMap((domain) =>
    Array.from({ length: 8 }, (_, i) => actor(`${domain}-${i}`, forces[i % 4] as Force, domain)),
  );
  const relations: AnalysisRelation[] = [];
  let id = 0;
  const add = (source: string, target: string) =>
    relations.push({ id: `big-${++id}`, source, target, type: 'werkt_samen', strength: 3 });
  for (const domain of domains)
    for (let i = 0; i < 8; i++) {
      add(`${domain}-${i}`, `${domain}-${(i + 1) % 8}`);
      add(`${domain}-${i}`, `${domain}-${(i + 2) % 8}`);
    }
  add('schulden-0', 'jeugd-0');
  add('jeugd-4', 'wonen-4');
  add('wonen-2', 'schulden-6');
  return { actors, relations };
}

/**
 * A residents' initiative that gets subsidy from the gemeente and works with it only through two others:
 * "alleen subsidie" beside "3 stappen".
 */
export const SUBSIDY_ACTORS: AnalysisActor[] = [
  actor('gem', 'gemeente', 'armoede'),
  actor('bew', 'bewoner', 'armoede'),
  actor('prof', 'professional', 'armoede'),
  actor('inst', 'instelling', 'armoede'),
];

export const SUBSIDY_RELATIONS: AnalysisRelation[] = [
  { id: 's1', source: 'gem', target: 'bew', type: 'financiert', strength: 3 },
  { id: 's2', source: 'bew', target: 'prof', type: 'werkt_samen', strength: 3 },
  { id: 's3', source: 'prof', target: 'inst', type: 'werkt_samen', strength: 3 },
  { id: 's4', source: 'inst', target: 'gem', type: 'werkt_samen', strength: 3 },
];
