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
