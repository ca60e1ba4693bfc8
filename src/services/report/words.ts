/**
 * The report's own words, in Dutch at B1 and in English. The diagnosis' explanations (what an index
 * measures, how to read its band, what to do) come from src/analysis/explanations.ts, the same words the
 * Diagnose panel shows; the vocabulary (krachten, domeinen, relatietypes) from src/domain.
 */
import type { Band } from '../../analysis/index.ts';
import type { ReportSection } from '../../domain/index.ts';

export interface ReportWords {
  locale: string;
  title(workspace: string): string;
  subtitle(workspace: string, gemeente: string | null): string;
  contents: string;
  pageOf: string;
  footer(workspace: string): string;
  sections: Record<ReportSection | 'introduction' | 'conclusions', string>;
  scope: {
    perspective(name: string): string;
    topic(name: string): string;
    since(name: string, date: string): string;
  };
  summary: {
    what: string;
    means: string;
    todo: string;
    size(actors: number, relations: number, forces: number): string;
    noTies: string;
    inside(share: string): string;
    brokers(names: string): string;
    noBrokers: string;
    weakSpot(name: string): string;
    subsidyOnly(count: number): string;
    suggestion(a: string, b: string): string;
    noSuggestion: string;
    bringTogether: string;
    tentative: string;
  };
  forces: {
    intro: string;
    none(force: string): string;
    count(count: number): string;
    columns: { name: string; kind: string; rol: string; motieven: string; belangen: string };
    empty: string;
  };
  map: {
    intro: string;
    forcesCaption: string;
    forcesAlt(actors: number, relations: number, biggest: string, busiest: string): string;
    clustersCaption: string;
    clustersAlt(clusters: number, actors: number): string;
    clusterLegend: string;
    cluster(n: number, force: string): string;
    otherClusters(count: number): string;
    empty: string;
  };
  diagnosis: {
    intro: string;
    columns: { index: string; value: string; band: string };
    bands: Record<Band, string>;
    reading: string;
    action: string;
    kokers: string;
    kokerColumns: { koker: string; size: string; internal: string; external: string; ei: string };
    tentative: string;
  };
  brokers: {
    intro: string;
    columns: { name: string; force: string; koker: string; betweenness: string; ties: string };
    none: string;
    weak: string;
    articulation(name: string): string;
    soleBridge(name: string): string;
    noWeak: string;
  };
  suggestions: { intro: string; none: string; line(a: string, b: string, why: string): string };
  residents: {
    intro: string;
    none: string;
    columns: { name: string; gemeente: string; professional: string; subsidy: string };
    steps(n: number | null): string;
    yes: string;
    no: string;
    subsidyOnly(count: number, total: number): string;
  };
  topics: {
    intro: string;
    none: string;
    topic(name: string): string;
    columns: { name: string; invloed: string; belang: string; standpunt: string; who: string };
    quadrant: Record<'manage' | 'satisfy' | 'inform' | 'monitor', string>;
    quadrantColumn: string;
    noPositions: string;
    contested(name: string): string;
  };
  perspectives: {
    intro: string;
    none: string;
    columns: { name: string; force: string; claims: string; differs: string };
    onlyOne: string;
  };
  changes: {
    intro(name: string, date: string): string;
    nothing: string;
    counts(kind: string, added: number, removed: number, changed: number): string;
    kinds: Record<'actors' | 'relations' | 'perspectives' | 'topics' | 'assessments' | 'positions', string>;
    added(label: string): string;
    removed(label: string): string;
    more(count: number): string;
  };
  method: {
    intro: string;
    source(actors: number, relations: number, perspectives: number): string;
    analysis: string;
    surveysNone: string;
    survey(title: string, invited: number, answered: number, percent: string): string;
    unreliable: string;
    meetings(count: number): string;
    sources: string;
    noSources: string;
    made(date: string, who: string): string;
  };
  register: {
    actors: string;
    relations: string;
    actorColumns: { name: string; force: string; kind: string; domains: string; wijken: string };
    relationColumns: { source: string; type: string; target: string; strength: string; period: string };
    moreRelations(count: number): string;
  };
  noData: string;
}

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

export const REPORT_WORDS: Record<'nl' | 'en', ReportWords> = {
  nl: {
    locale: 'nl-NL',
    title: (workspace) => `Krachtenveldanalyse ${workspace}`,
    subtitle: (workspace, gemeente) =>
      gemeente ? `Werkruimte ${workspace} · gemeente ${gemeente}` : `Werkruimte ${workspace}`,
    contents: 'Inhoud',
    pageOf: 'Pagina {page} van {pages}',
    footer: (workspace) => `Krachtenveldanalyse ${workspace} – gemaakt met Krachtenveld`,
    sections: {
      introduction: 'Inleiding',
      summary: 'Samenvatting',
      conclusions: 'Conclusies',
      forces: 'De vijf krachten',
      map: 'De kaart',
      diagnosis: 'Verkokering: waar valt de samenwerking uiteen?',
      brokers: 'Wie trekt de samenwerking?',
      suggestions: 'Ontbrekende verbindingen',
      residents: 'Bewoners: bereik en afhankelijkheid',
      topics: 'Vraagstukken: invloed, belang en standpunten',
      perspectives: 'Waar de beelden verschillen',
      changes: 'Wat veranderde',
      method: 'Werkwijze',
      register: 'Bijlage: register',
    },
    scope: {
      perspective: (name) => `Kaart en diagnose zoals het perspectief "${name}" ze ziet.`,
      topic: (name) => `Alleen het vraagstuk "${name}".`,
      since: (name, date) => `Vergeleken met de momentopname "${name}" van ${date}.`,
    },
    summary: {
      what: 'Wat zien we?',
      means: 'Wat betekent het?',
      todo: 'Wat kunt u doen?',
      size: (actors, relations, forces) =>
        `De kaart telt ${actors} ${plural(actors, 'speler', 'spelers')} en ${relations} ${plural(relations, 'relatie', 'relaties')}, verdeeld over ${forces} van de vijf krachten.`,
      noTies: 'Er zijn nog geen relaties ingevuld. Over samenwerking valt daarom nog niets te zeggen.',
      inside: (share) => `${share} van de samenwerking blijft binnen het eigen domein.`,
      brokers: (names) => `Wie de samenwerking trekt: ${names}. Zij verbinden domeinen die anders los staan.`,
      noBrokers: 'Niemand verbindt de domeinen duidelijk met elkaar.',
      weakSpot: (name) => `Valt ${name} weg, dan raken delen van het veld los van elkaar.`,
      subsidyOnly: (count) =>
        `${count} ${plural(count, 'bewonersinitiatief is', 'bewonersinitiatieven zijn')} alleen via subsidie met de gemeente verbonden.`,
      suggestion: (a, b) => `Breng ${a} en ${b} met elkaar in contact.`,
      noSuggestion: 'De kaart geeft nog geen voorstel voor een nieuwe verbinding.',
      bringTogether:
        'Betrek de spelers die de samenwerking trekken bij nieuwe plannen, en geef hen de ruimte.',
      tentative:
        'Let op: de kaart is nog klein. Lees de uitkomsten als een eerste indruk, niet als een vaststaand oordeel.',
    },
    forces: {
      intro:
        'Per kracht de spelers, hun rol, hun motieven en hun belangen, zoals ze in de werkruimte zijn beschreven.',
      none: (force) => `Bij ${force} staan nog geen spelers.`,
      count: (count) => `${count} ${plural(count, 'speler', 'spelers')}.`,
      columns: { name: 'Speler', kind: 'Soort', rol: 'Rol', motieven: 'Motieven', belangen: 'Belangen' },
      empty: '–',
    },
    map: {
      intro:
        'Op de kaart staat elke speler in het vak van zijn kracht. Hoe groter de stip, hoe meer relaties. De kleur van een lijn zegt wat voor relatie het is.',
      forcesCaption: 'De kaart in vijf krachten.',
      forcesAlt: (actors, relations, biggest, busiest) =>
        `Kaart met ${actors} spelers en ${relations} relaties in vijf vakken: Rijk, Instellingen, Gemeente, Professionals en Bewoners. De grootste kracht is ${biggest}; de speler met de meeste relaties is ${busiest}.`,
      clustersCaption: 'De kaart gekleurd naar groepen die onderling veel samenwerken.',
      clustersAlt: (clusters, actors) =>
        `Dezelfde kaart met de ${actors} spelers gekleurd naar ${clusters} groepen die vooral onderling samenwerken.`,
      clusterLegend: 'Groepen',
      cluster: (n, force) => `Groep ${n} (vooral ${force})`,
      otherClusters: (count) => `en ${count} kleinere groepen (grijs)`,
      empty: 'De werkruimte heeft nog geen spelers: er is geen kaart.',
    },
    diagnosis: {
      intro:
        'Elke index meet een kant van de verkokering. De band zegt hoe de waarde te lezen is; eronder staat wat het betekent en wat u kunt doen.',
      columns: { index: 'Index', value: 'Waarde', band: 'Oordeel' },
      bands: {
        strong: 'sterke verkokering',
        some: 'vrij sterke verkokering',
        mixed: 'gemengd',
        open: 'open',
        none: 'niet te berekenen',
      },
      reading: 'Wat betekent het?',
      action: 'Wat kunt u doen?',
      kokers: 'Samenwerking per domein',
      kokerColumns: {
        koker: 'Domein',
        size: 'Spelers',
        internal: 'Binnen',
        external: 'Erbuiten',
        ei: 'E-I-index',
      },
      tentative:
        'De kaart is klein: de indices geven een eerste indruk. Met meer spelers en relaties worden ze betrouwbaarder.',
    },
    brokers: {
      intro:
        'Deze spelers staan op de kortste wegen tussen anderen en verbinden domeinen die anders los staan. Zij trekken de samenwerking.',
      columns: {
        name: 'Speler',
        force: 'Kracht',
        koker: 'Domein',
        betweenness: 'Tussenpositie',
        ties: 'Relaties',
      },
      none: 'Er is geen speler die domeinen duidelijk met elkaar verbindt.',
      weak: 'Zwakke plekken',
      articulation: (name) => `Zonder ${name} valt het netwerk in delen uiteen.`,
      soleBridge: (name) => `${name} is de enige verbinding tussen twee domeinen.`,
      noWeak: 'Er is geen speler zonder wie het netwerk uiteenvalt.',
    },
    suggestions: {
      intro:
        'Spelers die (nog) niet met elkaar verbonden zijn, maar veel gemeen hebben. Een kennismaking kan de samenwerking versterken.',
      none: 'De kaart geeft geen voorstellen voor nieuwe verbindingen.',
      line: (a, b, why) => `${a} en ${b}: ${why}`,
    },
    residents: {
      intro:
        'Hoe ver staan bewonersinitiatieven van de gemeente en van professionals? En hangen ze alleen aan subsidie?',
      none: 'Er staan geen bewoners op de kaart.',
      columns: {
        name: 'Bewoners',
        gemeente: 'Stappen tot gemeente',
        professional: 'Stappen tot professional',
        subsidy: 'Alleen subsidie',
      },
      steps: (n) => (n === null ? 'geen verbinding' : String(n)),
      yes: 'ja',
      no: 'nee',
      subsidyOnly: (count, total) =>
        `${count} van de ${total} ${plural(total, 'bewonersspeler is', 'bewonersspelers zijn')} alleen via subsidie met de gemeente verbonden.`,
    },
    topics: {
      intro:
        'Per vraagstuk: wie heeft invloed, voor wie is het belangrijk, en wie is voor of tegen. Het rooster volgt de bekende invloed-belang-indeling.',
      none: 'Er zijn nog geen vraagstukken.',
      topic: (name) => `Vraagstuk: ${name}`,
      columns: {
        name: 'Speler',
        invloed: 'Invloed',
        belang: 'Belang',
        standpunt: 'Standpunt',
        who: 'Volgens',
      },
      quadrant: {
        manage: 'Nauw betrekken',
        satisfy: 'Tevreden houden',
        inform: 'Informeren',
        monitor: 'Volgen',
      },
      quadrantColumn: 'Aanpak',
      noPositions: 'Voor dit vraagstuk zijn nog geen posities ingevuld.',
      contested: (name) => `Over ${name} lopen de standpunten het verst uiteen.`,
    },
    perspectives: {
      intro:
        'Wie zegt wat? Per perspectief hoeveel relaties het beoordeelde, en waar het afwijkt van de rest.',
      none: 'Er zijn nog geen perspectieven met beoordelingen.',
      columns: {
        name: 'Perspectief',
        force: 'Kracht',
        claims: 'Beoordeelde relaties',
        differs: 'Anders dan de redactie',
      },
      onlyOne: 'Er is maar één perspectief: er valt niets te vergelijken.',
    },
    changes: {
      intro: (name, date) => `Wat er veranderde sinds de momentopname "${name}" van ${date}.`,
      nothing: 'Er is niets veranderd.',
      counts: (kind, added, removed, changed) =>
        `${kind}: ${added} nieuw, ${removed} weg, ${changed} gewijzigd.`,
      kinds: {
        actors: 'Spelers',
        relations: 'Relaties',
        perspectives: 'Perspectieven',
        topics: 'Vraagstukken',
        assessments: 'Beoordelingen',
        positions: 'Posities',
      },
      added: (label) => `Nieuw: ${label}`,
      removed: (label) => `Weg: ${label}`,
      more: (count) => `… en nog ${count}`,
    },
    method: {
      intro: 'Hoe dit rapport tot stand kwam.',
      source: (actors, relations, perspectives) =>
        `De kaart bevat ${actors} spelers en ${relations} relaties, ingevuld door de redactie van de werkruimte${perspectives > 0 ? ` en ${perspectives} ${plural(perspectives, 'perspectief', 'perspectieven')}` : ''}.`,
      analysis:
        'De diagnose is berekend met netwerkanalyse: de E-I-index en het aandeel samenwerking over de domeingrenzen, modulariteit en groepen (Louvain), tussenpositie (betweenness) en zwakke plekken (articulatiepunten). Dezelfde berekening staat in het onderdeel Diagnose van de app.',
      surveysNone: 'Er is geen uitvraag gehouden: alle gegevens komen van de redactie.',
      survey: (title, invited, answered, percent) =>
        `Uitvraag "${title}": ${answered} van de ${invited} genodigden antwoordden (${percent}).`,
      unreliable:
        'Wie niet antwoordde, is minder goed te zien: relaties die alleen de andere kant noemde, zijn onzeker. Lees uitkomsten over zulke spelers met voorzichtigheid.',
      meetings: (count) =>
        `In ${count} ${plural(count, 'bijeenkomst', 'bijeenkomsten')} vulden deelnemers de kaart aan.`,
      sources: 'Bronnen die bij spelers en relaties zijn genoemd:',
      noSources: 'Bij spelers en relaties zijn geen bronnen genoemd.',
      made: (date, who) => `Gemaakt op ${date}${who ? ` door ${who}` : ''}.`,
    },
    register: {
      actors: 'Spelers',
      relations: 'Relaties',
      actorColumns: { name: 'Speler', force: 'Kracht', kind: 'Soort', domains: 'Domeinen', wijken: 'Wijken' },
      relationColumns: {
        source: 'Van',
        type: 'Relatie',
        target: 'Naar',
        strength: 'Sterkte',
        period: 'Periode',
      },
      moreRelations: (count) =>
        `… en nog ${count} ${plural(count, 'relatie', 'relaties')}. De hele lijst staat in de export (Uitwisselen, Excel).`,
    },
    noData: 'Hierover zijn nog geen gegevens.',
  },
  en: {
    locale: 'en-GB',
    title: (workspace) => `Force field analysis ${workspace}`,
    subtitle: (workspace, gemeente) =>
      gemeente ? `Workspace ${workspace} · municipality ${gemeente}` : `Workspace ${workspace}`,
    contents: 'Contents',
    pageOf: 'Page {page} of {pages}',
    footer: (workspace) => `Force field analysis ${workspace} – made with Krachtenveld`,
    sections: {
      introduction: 'Introduction',
      summary: 'Summary',
      conclusions: 'Conclusions',
      forces: 'The five forces',
      map: 'The map',
      diagnosis: 'Silos: where does collaboration fall apart?',
      brokers: 'Who pulls the collaboration together?',
      suggestions: 'Missing links',
      residents: 'Residents: reach and dependency',
      topics: 'Issues: influence, interest and stances',
      perspectives: 'Where the views differ',
      changes: 'What changed',
      method: 'Method',
      register: 'Appendix: register',
    },
    scope: {
      perspective: (name) => `Map and diagnosis as the perspective "${name}" sees them.`,
      topic: (name) => `Only the issue "${name}".`,
      since: (name, date) => `Compared with the snapshot "${name}" of ${date}.`,
    },
    summary: {
      what: 'What do we see?',
      means: 'What does it mean?',
      todo: 'What can you do?',
      size: (actors, relations, forces) =>
        `The map has ${actors} ${plural(actors, 'actor', 'actors')} and ${relations} ${plural(relations, 'relation', 'relations')}, across ${forces} of the five forces.`,
      noTies: 'No relations have been entered yet, so nothing can be said about collaboration.',
      inside: (share) => `${share} of the collaboration stays inside its own domain.`,
      brokers: (names) =>
        `Who pulls the collaboration together: ${names}. They connect domains that would otherwise stand apart.`,
      noBrokers: 'Nobody clearly connects the domains.',
      weakSpot: (name) => `If ${name} drops out, parts of the field lose touch with each other.`,
      subsidyOnly: (count) =>
        `${count} residents' ${plural(count, 'initiative is', 'initiatives are')} connected to the municipality through subsidy only.`,
      suggestion: (a, b) => `Introduce ${a} and ${b} to each other.`,
      noSuggestion: 'The map does not suggest a new link yet.',
      bringTogether:
        'Involve the actors who pull the collaboration together in new plans, and give them room.',
      tentative: 'Note: the map is still small. Read the results as a first impression, not a firm verdict.',
    },
    forces: {
      intro: 'Per force its actors, their role, motives and interests, as described in the workspace.',
      none: (force) => `${force} has no actors yet.`,
      count: (count) => `${count} ${plural(count, 'actor', 'actors')}.`,
      columns: { name: 'Actor', kind: 'Kind', rol: 'Role', motieven: 'Motives', belangen: 'Interests' },
      empty: '–',
    },
    map: {
      intro:
        "Each actor sits in its force's sector. The bigger the dot, the more relations. A line's colour says what kind of relation it is.",
      forcesCaption: 'The map in five forces.',
      forcesAlt: (actors, relations, biggest, busiest) =>
        `Map with ${actors} actors and ${relations} relations in five sectors: national government, institutions, municipality, professionals and residents. The largest force is ${biggest}; the actor with the most relations is ${busiest}.`,
      clustersCaption: 'The map coloured by groups that mostly work with each other.',
      clustersAlt: (clusters, actors) =>
        `The same map with its ${actors} actors coloured by ${clusters} groups that mostly work among themselves.`,
      clusterLegend: 'Groups',
      cluster: (n, force) => `Group ${n} (mostly ${force})`,
      otherClusters: (count) => `and ${count} smaller groups (grey)`,
      empty: 'The workspace has no actors yet: there is no map.',
    },
    diagnosis: {
      intro:
        'Each index measures one side of working in silos. The band says how to read the value; below it, what it means and what you can do.',
      columns: { index: 'Index', value: 'Value', band: 'Verdict' },
      bands: {
        strong: 'strong silos',
        some: 'fairly strong silos',
        mixed: 'mixed',
        open: 'open',
        none: 'cannot be computed',
      },
      reading: 'What does it mean?',
      action: 'What can you do?',
      kokers: 'Collaboration per domain',
      kokerColumns: {
        koker: 'Domain',
        size: 'Actors',
        internal: 'Inside',
        external: 'Outside',
        ei: 'E-I index',
      },
      tentative:
        'The map is small: the indices give a first impression. More actors and relations make them more reliable.',
    },
    brokers: {
      intro:
        'These actors lie on the shortest paths between others and connect domains that would otherwise stand apart. They pull the collaboration together.',
      columns: {
        name: 'Actor',
        force: 'Force',
        koker: 'Domain',
        betweenness: 'Betweenness',
        ties: 'Relations',
      },
      none: 'No actor clearly connects the domains.',
      weak: 'Weak spots',
      articulation: (name) => `Without ${name} the network falls apart.`,
      soleBridge: (name) => `${name} is the only link between two domains.`,
      noWeak: 'No single actor holds the network together.',
    },
    suggestions: {
      intro:
        'Actors that are not (yet) connected but have much in common. An introduction could strengthen the collaboration.',
      none: 'The map suggests no new links.',
      line: (a, b, why) => `${a} and ${b}: ${why}`,
    },
    residents: {
      intro:
        "How far are residents' initiatives from the municipality and from professionals? Do they hang on subsidy alone?",
      none: 'There are no residents on the map.',
      columns: {
        name: 'Residents',
        gemeente: 'Steps to municipality',
        professional: 'Steps to professional',
        subsidy: 'Subsidy only',
      },
      steps: (n) => (n === null ? 'no connection' : String(n)),
      yes: 'yes',
      no: 'no',
      subsidyOnly: (count, total) =>
        `${count} of the ${total} residents' actors are connected to the municipality through subsidy only.`,
    },
    topics: {
      intro:
        'Per issue: who has influence, who cares, and who is for or against. The grid follows the well-known influence-interest division.',
      none: 'There are no issues yet.',
      topic: (name) => `Issue: ${name}`,
      columns: {
        name: 'Actor',
        invloed: 'Influence',
        belang: 'Interest',
        standpunt: 'Stance',
        who: 'According to',
      },
      quadrant: {
        manage: 'Manage closely',
        satisfy: 'Keep satisfied',
        inform: 'Keep informed',
        monitor: 'Monitor',
      },
      quadrantColumn: 'Approach',
      noPositions: 'No positions have been entered for this issue yet.',
      contested: (name) => `Views differ most about ${name}.`,
    },
    perspectives: {
      intro:
        'Who says what? Per perspective how many relations it assessed, and where it differs from the rest.',
      none: 'There are no perspectives with assessments yet.',
      columns: {
        name: 'Perspective',
        force: 'Force',
        claims: 'Relations assessed',
        differs: 'Differs from the editors',
      },
      onlyOne: 'There is only one perspective: there is nothing to compare.',
    },
    changes: {
      intro: (name, date) => `What changed since the snapshot "${name}" of ${date}.`,
      nothing: 'Nothing changed.',
      counts: (kind, added, removed, changed) =>
        `${kind}: ${added} new, ${removed} gone, ${changed} changed.`,
      kinds: {
        actors: 'Actors',
        relations: 'Relations',
        perspectives: 'Perspectives',
        topics: 'Issues',
        assessments: 'Assessments',
        positions: 'Positions',
      },
      added: (label) => `New: ${label}`,
      removed: (label) => `Gone: ${label}`,
      more: (count) => `… and ${count} more`,
    },
    method: {
      intro: 'How this report was made.',
      source: (actors, relations, perspectives) =>
        `The map holds ${actors} actors and ${relations} relations, entered by the workspace's editors${perspectives > 0 ? ` and ${perspectives} ${plural(perspectives, 'perspective', 'perspectives')}` : ''}.`,
      analysis:
        'The diagnosis was computed with network analysis: the E-I index and the share of collaboration across domains, modularity and groups (Louvain), betweenness and weak spots (articulation points). The Diagnosis part of the app shows the same computation.',
      surveysNone: 'No survey was held: all data comes from the editors.',
      survey: (title, invited, answered, percent) =>
        `Survey "${title}": ${answered} of the ${invited} invited answered (${percent}).`,
      unreliable:
        'Those who did not answer are less visible: relations only the other side named are uncertain. Read results about such actors with care.',
      meetings: (count) =>
        `In ${count} ${plural(count, 'meeting', 'meetings')} participants added to the map.`,
      sources: 'Sources named with actors and relations:',
      noSources: 'No sources were named with actors and relations.',
      made: (date, who) => `Made on ${date}${who ? ` by ${who}` : ''}.`,
    },
    register: {
      actors: 'Actors',
      relations: 'Relations',
      actorColumns: {
        name: 'Actor',
        force: 'Force',
        kind: 'Kind',
        domains: 'Domains',
        wijken: 'Neighbourhoods',
      },
      relationColumns: {
        source: 'From',
        type: 'Relation',
        target: 'To',
        strength: 'Strength',
        period: 'Period',
      },
      moreRelations: (count) =>
        `… and ${count} more ${plural(count, 'relation', 'relations')}. The whole list is in the export (Exchange, Excel).`,
    },
    noData: 'There is no data on this yet.',
  },
};
