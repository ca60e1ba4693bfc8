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
    weakSpot(name: string, cutOff: number): string;
    closedKoker(domain: string, value: string): string;
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
    caption: string;
    columns: { index: string; value: string; band: string };
    bands: Record<Band, string>;
    reading: string;
    action: string;
    kokers: string;
    kokersCaption: string;
    kokerColumns: { koker: string; size: string; internal: string; external: string; ei: string };
    tentative: string;
  };
  brokers: {
    intro: string;
    caption: string;
    columns: {
      name: string;
      force: string;
      koker: string;
      pairs: string;
      betweenness: string;
      ties: string;
    };
    none: string;
    roles: string;
    weak: string;
    articulationIntro: string;
    articulation(name: string, cutOff: number): string;
    soleBridgeIntro: string;
    soleBridge(name: string, domain: string | null, pairs: number): string;
    noWeak: string;
  };
  suggestions: { intro: string; none: string; pair(a: string, b: string): string };
  residents: {
    intro: string;
    caption: string;
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
    caption(name: string): string;
    gridCaption(name: string): string;
    gridAlt(name: string, count: number, quadrants: string): string;
    columns: { name: string; invloed: string; belang: string; standpunt: string; who: string };
    quadrant: Record<'manage' | 'satisfy' | 'inform' | 'monitor', string>;
    quadrantColumn: string;
    noPositions: string;
    contested(name: string): string;
  };
  perspectives: {
    intro: string;
    none: string;
    caption: string;
    columns: { name: string; force: string; claims: string; denials: string; differs: string };
    onlyOne: string;
    pair(a: string, b: string): string;
    agreement(a: string, b: string, percent: string): string;
    contested(count: number): string;
    contestedLine(relation: string, yes: string, no: string): string;
    strength: string;
    strengthLine(relation: string, a: string, strengthA: number, b: string, strengthB: number): string;
    only(a: string, countA: number, b: string, countB: number): string;
    morePairs(count: number): string;
    positions(topic: string): string;
    positionsIntro: string;
    position(name: string, a: string, viewA: string, b: string, viewB: string): string;
    view(invloed: number, stance: string): string;
  };
  changes: {
    intro(name: string, date: string): string;
    nothing: string;
    counts(kind: string, added: number, removed: number, changed: number): string;
    kinds: Record<'actors' | 'relations' | 'perspectives' | 'topics' | 'assessments' | 'positions', string>;
    added(label: string): string;
    removed(label: string): string;
    changed(label: string, fields: string): string;
    according(label: string, perspective: string): string;
    positionOn(actor: string, topic: string): string;
    more(count: number): string;
  };
  method: {
    intro: string;
    source(actors: number, relations: number, perspectives: number): string;
    analysis: string;
    surveysNone: string;
    unreliable: string;
    unreliableIntro: string;
    meetings(count: number): string;
    sources: string;
    noSources: string;
    made(date: string, who: string): string;
  };
  register: {
    actors: string;
    relations: string;
    actorColumns: { name: string; force: string; kind: string; domains: string; wijken: string };
    actorsCaption: string;
    relationsCaption: string;
    relationColumns: { source: string; type: string; target: string; strength: string; period: string };
    moreRelations(count: number): string;
  };
  noData: string;
}

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

/** Names that keep their capital inside a sentence: laws and the bodies named after them. */
const PROPER_START = /^(Wmo|Wlz|Jeugdwet|Participatiewet)\b/;

/**
 * A label as it reads inside a sentence: "werken aan informele zorg", not "aan Informele zorg". Labels are
 * written for lists and headings, with a capital; inside a sentence only a proper name keeps it.
 */
export function inSentence(label: string): string {
  if (PROPER_START.test(label)) return label;
  const [first = '', second = ''] = [...label];
  // "GGZ", "UWV": an abbreviation stays as it is.
  if (second !== '' && second === second.toLocaleUpperCase() && second !== second.toLocaleLowerCase())
    return label;
  return first.toLocaleLowerCase() + label.slice(first.length);
}

export const REPORT_WORDS: Record<'nl' | 'en', ReportWords> = {
  nl: {
    locale: 'nl-NL',
    title: (workspace) => `Krachtenveldanalyse ${workspace}`,
    subtitle: (workspace, gemeente) =>
      !gemeente
        ? `Werkruimte ${workspace}`
        : gemeente.startsWith(workspace)
          ? `Gemeente ${gemeente}`
          : `Werkruimte ${workspace} · gemeente ${gemeente}`,
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
      weakSpot: (name, cutOff) =>
        `Valt ${name} weg, dan ${plural(cutOff, 'raakt 1 speler', `raken ${cutOff} spelers`)} los van de rest.`,
      closedKoker: (domain, value) =>
        `Het domein ${domain} werkt het meest op zichzelf (E-I-index ${value}). Zoek daar naar contact met andere domeinen.`,
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
        'Op de kaart staat elke speler in het vak van zijn kracht. Hoe groter de stip, hoe meer relaties. Bruingele lijnen zijn geldstromen (financiert), rode lijnen spanning, grijze lijnen de andere relaties. Een pijl wijst van wie iets doet naar wie het krijgt. De kaart noemt de spelers met de meeste relaties; de bijlage noemt iedereen.',
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
      caption: 'Alle indices op een rij',
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
      kokersCaption: 'Contacten binnen en buiten elk domein',
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
        'Deze spelers verbinden domeinen die anders los van elkaar staan: zij trekken de samenwerking. Ze staan in volgorde van het aantal paren uit verschillende domeinen dat elkaar niet direct kent en via hen verbonden is. De tussenpositie (0 tot 1) zegt hoe vaak een speler op de kortste weg tussen twee anderen ligt.',
      caption: 'De spelers die de meeste domeinen verbinden',
      columns: {
        name: 'Speler',
        force: 'Kracht',
        koker: 'Domein',
        pairs: 'Verbonden paren',
        betweenness: 'Tussenpositie',
        ties: 'Relaties',
      },
      none: 'Er is geen speler die domeinen duidelijk met elkaar verbindt.',
      roles: 'Hoe zij verbinden:',
      weak: 'Zwakke plekken',
      articulationIntro: 'Zonder deze spelers raken andere spelers los van de rest van het netwerk:',
      articulation: (name, cutOff) =>
        `${name}: ${plural(cutOff, '1 speler raakt', `${cutOff} spelers raken`)} los`,
      soleBridgeIntro:
        'Deze spelers zijn de enige directe verbinding tussen hun eigen domein en een ander domein. Valt zo’n speler weg, dan hebben die domeinen geen direct contact meer:',
      soleBridge: (name, domain, pairs) =>
        `${name}${domain ? ` (${domain})` : ''}: de enige verbinding met ${plural(pairs, '1 ander domein', `${pairs} andere domeinen`)}`,
      noWeak: 'Er is geen speler zonder wie het netwerk uiteenvalt.',
    },
    suggestions: {
      intro:
        'Spelers die (nog) niet met elkaar verbonden zijn, maar veel gemeen hebben. Een kennismaking kan de samenwerking versterken.',
      none: 'De kaart geeft geen voorstellen voor nieuwe verbindingen.',
      pair: (a, b) => `${a} en ${b}.`,
    },
    residents: {
      intro:
        'Hoe ver staan bewoners en hun initiatieven van de gemeente en van professionals? En hangen ze alleen aan subsidie?',
      caption: 'Per speler bij Bewoners: stappen tot de gemeente en tot een professional',
      none: 'Er staan geen bewoners op de kaart.',
      columns: {
        name: 'Speler',
        gemeente: 'Stappen tot gemeente',
        professional: 'Stappen tot professional',
        subsidy: 'Alleen subsidie',
      },
      steps: (n) => (n === null ? 'geen verbinding' : String(n)),
      yes: 'ja',
      no: 'nee',
      subsidyOnly: (count, total) =>
        `${count} van de ${total} spelers bij Bewoners ${plural(count, 'is', 'zijn')} alleen via subsidie met de gemeente verbonden.`,
    },
    topics: {
      intro:
        'Per vraagstuk: wie heeft invloed, voor wie is het belangrijk, en wie is voor of tegen. Het rooster volgt de bekende invloed-belang-indeling.',
      none: 'Er zijn nog geen vraagstukken.',
      topic: (name) => `Vraagstuk: ${name}`,
      caption: (name) => `Posities bij ${name}, per speler en volgens wie`,
      gridCaption: (name) =>
        `Invloed en belang bij ${name}. Elke stip is een speler, op de plek die de perspectieven gemiddeld geven; de kleur is het standpunt.`,
      gridAlt: (name, count, quadrants) =>
        `Rooster van invloed (omhoog) en belang (naar rechts) bij ${name}, met ${count} spelers. ${quadrants}.`,
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
        'Wie zegt wat? Elk perspectief zegt welke relaties er zijn en hoe sterk ze zijn. Hier staat waar de perspectieven hetzelfde zien en waar ze van elkaar verschillen.',
      none: 'Er zijn nog geen perspectieven met beoordelingen.',
      caption: 'Wat elk perspectief over de relaties zegt',
      columns: {
        name: 'Perspectief',
        force: 'Kracht',
        claims: 'Relaties genoemd',
        denials: 'Ontkend',
        differs: 'Anders dan de redactie',
      },
      onlyOne: 'Er is maar één perspectief: er valt niets te vergelijken.',
      pair: (a, b) => `${a} en ${b}`,
      agreement: (a, b, percent) =>
        `${a} en ${b} zien voor ${percent} dezelfde relaties, met dezelfde sterkte.`,
      contested: (count) =>
        `Over ${plural(count, '1 relatie', `${count} relaties`)} zijn ze het oneens: de een noemt de relatie, de ander zegt dat die er niet is.`,
      contestedLine: (relation, yes, no) => `${relation}: wel volgens ${yes}, niet volgens ${no}`,
      strength: 'Ze zien dezelfde relatie, maar niet even sterk:',
      strengthLine: (relation, a, strengthA, b, strengthB) =>
        `${relation}: sterkte ${strengthA} volgens ${a}, ${strengthB} volgens ${b}`,
      only: (a, countA, b, countB) =>
        `${plural(countA, '1 relatie noemt', `${countA} relaties noemt`)} alleen ${a}; ${plural(countB, '1 relatie', `${countB} relaties`)} alleen ${b}.`,
      morePairs: (count) =>
        `Er ${plural(count, 'is nog 1 paar', `zijn nog ${count} paren`)} perspectieven. Het onderdeel Perspectieven in de app vergelijkt elk paar.`,
      positions: (topic) => `Posities bij ${topic}`,
      positionsIntro: 'Over deze spelers lopen de beelden het verst uiteen:',
      position: (name, a, viewA, b, viewB) => `${name}: volgens ${a} ${viewA}, volgens ${b} ${viewB}`,
      view: (invloed, stance) => `invloed ${invloed} en ${stance}`,
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
      changed: (label, fields) => `Gewijzigd: ${label} (${fields})`,
      according: (label, perspective) => `${label} (volgens ${perspective})`,
      positionOn: (actor, topic) => `${actor} bij ${topic}`,
      more: (count) => `… en nog ${count}`,
    },
    method: {
      intro: 'Hoe dit rapport tot stand kwam.',
      source: (actors, relations, perspectives) =>
        `De kaart bevat ${actors} spelers en ${relations} relaties, ingevuld door de redactie van de werkruimte.${perspectives > 0 ? ` Daarnaast ${plural(perspectives, 'gaf 1 perspectief zijn', `gaven ${perspectives} perspectieven hun`)} eigen beeld van relaties of posities.` : ''}`,
      analysis:
        'De diagnose is berekend met netwerkanalyse: de E-I-index en het aandeel samenwerking over de domeingrenzen, modulariteit en groepen (Louvain), tussenpositie (betweenness) en zwakke plekken (articulatiepunten). Dezelfde berekening staat in het onderdeel Diagnose van de app.',
      surveysNone: 'Er is geen uitvraag gehouden: alle gegevens komen van de redactie.',
      unreliable:
        'Wie niet antwoordde, is minder goed te zien: relaties die alleen de andere kant noemde, zijn onzeker. Lees uitkomsten over zulke spelers met voorzichtigheid.',
      unreliableIntro: 'Lees deze uitkomsten met voorzichtigheid, omdat niet iedereen antwoordde:',
      meetings: (count) =>
        `In ${count} ${plural(count, 'bijeenkomst', 'bijeenkomsten')} vulden deelnemers de kaart aan.`,
      sources: 'Bronnen die bij spelers en relaties zijn genoemd:',
      noSources: 'Bij spelers en relaties zijn geen bronnen genoemd.',
      made: (date, who) => `Gemaakt op ${date}${who ? ` door ${who}` : ''}.`,
    },
    register: {
      actors: 'Spelers',
      relations: 'Relaties',
      actorsCaption: 'Alle spelers, op naam',
      relationsCaption: 'De relaties, op naam van de eerste speler',
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
      !gemeente
        ? `Workspace ${workspace}`
        : gemeente.startsWith(workspace)
          ? `Municipality of ${gemeente}`
          : `Workspace ${workspace} · municipality of ${gemeente}`,
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
      weakSpot: (name, cutOff) =>
        `If ${name} drops out, ${plural(cutOff, '1 actor loses', `${cutOff} actors lose`)} touch with the rest.`,
      closedKoker: (domain, value) =>
        `The domain ${domain} keeps most to itself (E-I index ${value}). Look there for contact with other domains.`,
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
        'On the map each actor stands in the sector of its force. The bigger the dot, the more relations. Ochre lines are money flows (funds), red lines tension, grey lines the other relations. An arrow points from who acts to who receives. The map names the actors with the most relations; the appendix names everyone.',
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
      caption: 'All indices at a glance',
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
      kokersCaption: 'Contacts inside and outside each domain',
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
        'These actors connect domains that would otherwise stand apart: they pull the collaboration together. They are ordered by the number of pairs from different domains that do not know each other directly and are connected through them. Betweenness (0 to 1) says how often an actor lies on the shortest path between two others.',
      caption: 'The actors that connect the most domains',
      columns: {
        name: 'Actor',
        force: 'Force',
        koker: 'Domain',
        pairs: 'Pairs connected',
        betweenness: 'Betweenness',
        ties: 'Relations',
      },
      none: 'No actor clearly connects the domains.',
      roles: 'How they connect:',
      weak: 'Weak spots',
      articulationIntro: 'Without these actors, other actors lose touch with the rest of the network:',
      articulation: (name, cutOff) =>
        `${name}: ${plural(cutOff, '1 actor loses', `${cutOff} actors lose`)} touch`,
      soleBridgeIntro:
        'These actors are the only direct link between their own domain and another. If one drops out, those domains have no direct contact left:',
      soleBridge: (name, domain, pairs) =>
        `${name}${domain ? ` (${domain})` : ''}: the only link with ${plural(pairs, '1 other domain', `${pairs} other domains`)}`,
      noWeak: 'No single actor holds the network together.',
    },
    suggestions: {
      intro:
        'Actors that are not (yet) connected but have much in common. An introduction could strengthen the collaboration.',
      none: 'The map suggests no new links.',
      pair: (a, b) => `${a} and ${b}.`,
    },
    residents: {
      intro:
        'How far are residents and their initiatives from the municipality and from professionals? Do they hang on subsidy alone?',
      caption: "Per residents' actor: steps to the municipality and to a professional",
      none: 'There are no residents on the map.',
      columns: {
        name: 'Actor',
        gemeente: 'Steps to municipality',
        professional: 'Steps to professional',
        subsidy: 'Subsidy only',
      },
      steps: (n) => (n === null ? 'no connection' : String(n)),
      yes: 'yes',
      no: 'no',
      subsidyOnly: (count, total) =>
        `${count} of the ${total} residents' actors ${plural(count, 'is', 'are')} connected to the municipality through subsidy only.`,
    },
    topics: {
      intro:
        'Per issue: who has influence, who cares, and who is for or against. The grid follows the well-known influence-interest division.',
      none: 'There are no issues yet.',
      topic: (name) => `Issue: ${name}`,
      caption: (name) => `Positions on ${name}, per actor and according to whom`,
      gridCaption: (name) =>
        `Influence and interest on ${name}. Each dot is an actor, where the perspectives place it on average; its colour is the stance.`,
      gridAlt: (name, count, quadrants) =>
        `Grid of influence (up) and interest (to the right) on ${name}, with ${count} actors. ${quadrants}.`,
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
        'Who says what? Each perspective says which relations exist and how strong they are. Here is where the perspectives see the same and where they differ.',
      none: 'There are no perspectives with assessments yet.',
      caption: 'What each perspective says about the relations',
      columns: {
        name: 'Perspective',
        force: 'Force',
        claims: 'Relations named',
        denials: 'Denied',
        differs: 'Differs from the editors',
      },
      onlyOne: 'There is only one perspective: there is nothing to compare.',
      pair: (a, b) => `${a} and ${b}`,
      agreement: (a, b, percent) =>
        `${a} and ${b} see ${percent} the same relations, with the same strength.`,
      contested: (count) =>
        `They disagree about ${plural(count, '1 relation', `${count} relations`)}: one names it, the other says it is not there.`,
      contestedLine: (relation, yes, no) => `${relation}: yes according to ${yes}, no according to ${no}`,
      strength: 'They see the same relation, but not equally strong:',
      strengthLine: (relation, a, strengthA, b, strengthB) =>
        `${relation}: strength ${strengthA} according to ${a}, ${strengthB} according to ${b}`,
      only: (a, countA, b, countB) =>
        `${plural(countA, '1 relation is', `${countA} relations are`)} named only by ${a}; ${plural(countB, '1 relation', `${countB} relations`)} only by ${b}.`,
      morePairs: (count) =>
        `There ${plural(count, 'is 1 more pair', `are ${count} more pairs`)} of perspectives. The Perspectives part of the app compares every pair.`,
      positions: (topic) => `Positions on ${topic}`,
      positionsIntro: 'Views differ most about these actors:',
      position: (name, a, viewA, b, viewB) =>
        `${name}: according to ${a} ${viewA}, according to ${b} ${viewB}`,
      view: (invloed, stance) => `influence ${invloed} and ${stance}`,
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
      changed: (label, fields) => `Changed: ${label} (${fields})`,
      according: (label, perspective) => `${label} (according to ${perspective})`,
      positionOn: (actor, topic) => `${actor} on ${topic}`,
      removed: (label) => `Gone: ${label}`,
      more: (count) => `… and ${count} more`,
    },
    method: {
      intro: 'How this report was made.',
      source: (actors, relations, perspectives) =>
        `The map holds ${actors} actors and ${relations} relations, entered by the workspace's editors.${perspectives > 0 ? ` Besides, ${plural(perspectives, '1 perspective gave its', `${perspectives} perspectives gave their`)} own view of relations or positions.` : ''}`,
      analysis:
        'The diagnosis was computed with network analysis: the E-I index and the share of collaboration across domains, modularity and groups (Louvain), betweenness and weak spots (articulation points). The Diagnosis part of the app shows the same computation.',
      surveysNone: 'No survey was held: all data comes from the editors.',
      unreliable:
        'Those who did not answer are less visible: relations only the other side named are uncertain. Read results about such actors with care.',
      unreliableIntro: 'Read these results with care, because not everyone answered:',
      meetings: (count) =>
        `In ${count} ${plural(count, 'meeting', 'meetings')} participants added to the map.`,
      sources: 'Sources named with actors and relations:',
      noSources: 'No sources were named with actors and relations.',
      made: (date, who) => `Made on ${date}${who ? ` by ${who}` : ''}.`,
    },
    register: {
      actors: 'Actors',
      relations: 'Relations',
      actorsCaption: 'All actors, by name',
      relationsCaption: 'The relations, by the name of the first actor',
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
