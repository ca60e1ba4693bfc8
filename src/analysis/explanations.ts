/**
 * Plain-language explanations of every index, broker role and suggestion, in Dutch at B1 level (and
 * English): what it measures, how to read this value, what one could do. They live beside the analysis,
 * not in one UI, because the Diagnose panel, the API's `explanation` fields and the CLI table all say the
 * same thing; a test fails when an index, band or role has no text in either language.
 *
 * Texts take `{{value}}` (formatted for the locale) and `{{koker}}` (the grouping in words: "domein").
 */
import type { Domain } from '../domain/index.ts';
import type { BrokerageRole } from './brokerage/gould-fernandez.ts';
import type { NonResponse, NonResponseNote } from './claims/non-response.ts';
import type { Band, IndexCard, IndexKey } from './indices.ts';
import type { GroupingKey } from './silos/grouping.ts';
import type { MissingLinkReason } from './suggestions/missing-links.ts';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export interface IndexText {
  title: string;
  measures: string;
  reading: Record<Band, string>;
  action: Record<Band, string>;
}

type Texts = {
  indices: Record<IndexKey, IndexText>;
  roles: Record<BrokerageRole, { title: string; meaning: string }>;
  groupings: Record<'kracht' | 'domein' | 'wijk' | 'wet' | 'financier' | 'tag', string>;
  reasons: Record<MissingLinkReason['code'], string>;
  /** Domein codes in words, lower case, as they read inside a sentence ("werken aan schulden"). */
  domains: Record<Domain, string>;
  nonResponse: NonResponseTexts;
};

/** A text per count: `one` for exactly 1, `other` for any other number (i18next's plural forms in nl and en). */
interface Plural {
  one: string;
  other: string;
}

/**
 * What an uitvraag's silence means for the diagnosis (claims/non-response.ts), as the Diagnose panel, the
 * coordinator's Respons section, `krachtenveld analyse` and the response download say it.
 */
export interface NonResponseTexts {
  title: string;
  intro: string;
  none: string;
  /** `{{title}}` of the round, `{{answered}}` of `{{count}}` invited. */
  response: Plural;
  /** `{{count}}` ties, `{{confirmed}}`, `{{oneSided}}` (`{{percent}}`), `{{unreported}}`. */
  ties: Plural;
  /** Stands for a speler that is no longer on the map. */
  unknownActor: string;
  notes: {
    silentBroker: string;
    hearsayBroker: Plural;
    silentIsolate: string;
    silentKoker: Plural;
  };
}

const SILO_ACTION_NL =
  'Zoek de spelers die nu al tussen kokers werken (zie Verbinders) en geef hen tijd en mandaat. Bekijk bij Suggesties welke contacten ontbreken.';
const OPEN_ACTION_NL =
  'Houd de verbindingen vast: leg vast wie ze draagt, zodat ze niet verdwijnen als één persoon vertrekt.';
const SILO_ACTION_EN =
  'Find the players who already work across silos (see Brokers) and give them time and mandate. Check Suggestions for missing contacts.';
const OPEN_ACTION_EN =
  'Keep these links: record who carries them, so they do not vanish when one person leaves.';

const NONE_NL =
  'Dit is voor deze kaart niet te berekenen: er zijn te weinig contacten of spelers met een {{koker}}.';
const NONE_EN = 'This cannot be computed for this map: too few ties or players with a {{koker}}.';

export const EXPLANATIONS: Record<Locale, Texts> = {
  nl: {
    indices: {
      eiIndex: {
        title: 'Open of gesloten kokers (E-I-index)',
        measures:
          'Vergelijkt contacten met andere kokers (E) met contacten binnen de eigen koker (I). De schaal loopt van −1 (alleen binnen de eigen koker) tot +1 (alleen met andere kokers).',
        reading: {
          strong:
            'De waarde is {{value}}. Bijna alle samenwerking blijft binnen de eigen koker ({{koker}}). Dat is sterke verkokering.',
          some: 'De waarde is {{value}}. De meeste samenwerking blijft binnen de eigen koker ({{koker}}). Er is wel wat contact tussen de kokers.',
          mixed: 'De waarde is {{value}}. Er is ongeveer evenveel contact binnen als tussen de kokers.',
          open: 'De waarde is {{value}}. Spelers werken vooral samen over de grens van hun {{koker}} heen.',
          none: NONE_NL,
        },
        action: {
          strong: SILO_ACTION_NL,
          some: SILO_ACTION_NL,
          mixed: 'Kijk per koker in de tabel: een gemiddelde kan één gesloten koker verbergen.',
          open: `${OPEN_ACTION_NL} Let op: bij veel kleine kokers gaat vanzelf veel contact naar buiten.`,
          none: 'Vul bij de spelers een {{koker}} in, of kies een andere indeling.',
        },
      },
      crossShare: {
        title: 'Contact tussen kokers',
        measures:
          'Het deel van alle samenwerkingscontacten dat twee verschillende kokers met elkaar verbindt.',
        reading: {
          strong:
            '{{value}} van de contacten gaat over de grens van een {{koker}}. Dat is weinig: de kokers staan los van elkaar.',
          some: '{{value}} van de contacten gaat over de grens van een {{koker}}. De kokers hebben maar beperkt contact.',
          mixed:
            '{{value}} van de contacten gaat over de grens van een {{koker}}. Er is redelijk veel contact tussen de kokers.',
          open: '{{value}} van de contacten gaat over de grens van een {{koker}}. De kokers werken veel samen.',
          none: NONE_NL,
        },
        action: {
          strong: SILO_ACTION_NL,
          some: SILO_ACTION_NL,
          mixed: 'Zoek in de tabel per koker welke koker het minst contact naar buiten heeft.',
          open: OPEN_ACTION_NL,
          none: 'Vul bij de spelers een {{koker}} in, of kies een andere indeling.',
        },
      },
      formalModularity: {
        title: 'Hoe gesloten zijn de kokers?',
        measures:
          'Meet of spelers meer contact hebben binnen hun eigen koker dan bij toeval te verwachten is. 0 betekent: niet meer dan toeval. Vanaf ongeveer 0,3 zijn de kokers duidelijk gesloten groepen.',
        reading: {
          strong:
            'De waarde is {{value}}. De kokers zijn gesloten groepen: contact loopt vooral binnen de eigen koker ({{koker}}).',
          some: 'De waarde is {{value}}. De kokers zijn voor een deel gesloten.',
          mixed: 'De waarde is {{value}}. De kokers zijn maar een beetje gesloten.',
          open: 'De waarde is {{value}}. De indeling in kokers zegt weinig over wie met wie samenwerkt.',
          none: NONE_NL,
        },
        action: {
          strong: SILO_ACTION_NL,
          some: SILO_ACTION_NL,
          mixed: 'Vergelijk met de clusters: misschien loopt de echte grens ergens anders.',
          open: OPEN_ACTION_NL,
          none: 'Vul bij de spelers een {{koker}} in, of kies een andere indeling.',
        },
      },
      clusterAgreement: {
        title: 'Volgen de echte groepen de kokers?',
        measures:
          'Vergelijkt de groepen die de samenwerking zelf vormt (clusters) met de formele kokers. 1 betekent: precies gelijk. 0 betekent: geen verband.',
        reading: {
          strong:
            'De waarde is {{value}}. De groepen in de praktijk vallen bijna samen met de indeling per {{koker}}. De kokers bepalen wie met wie werkt.',
          some: 'De waarde is {{value}}. De groepen in de praktijk lijken sterk op de indeling per {{koker}}.',
          mixed:
            'De waarde is {{value}}. De groepen in de praktijk lijken een beetje op de indeling per {{koker}}.',
          open: 'De waarde is {{value}}. In de praktijk vormen zich andere groepen dan de kokers. De samenwerking gaat over de kokers heen.',
          none: NONE_NL,
        },
        action: {
          strong:
            'Kijk welke spelers in een cluster van een andere koker ({{koker}}) zitten: zij laten zien dat het anders kan.',
          some: 'Kijk welke spelers in een cluster van een andere koker ({{koker}}) zitten: zij laten zien dat het anders kan.',
          mixed: 'Bekijk de clusters op de kaart: wat bindt de spelers die samen een cluster vormen?',
          open: 'Gebruik de clusters bij het plannen: zij laten zien waar de samenwerking echt zit.',
          none: 'Vul bij de spelers een {{koker}} in, of kies een andere indeling.',
        },
      },
      clusterModularity: {
        title: 'Hoe duidelijk vallen de groepen uiteen?',
        measures:
          'De computer zoekt groepen spelers die veel met elkaar en weinig met anderen werken (clusters). Deze waarde zegt hoe duidelijk die groepen zijn: 0 is geen groepen, vanaf 0,3 duidelijke groepen.',
        reading: {
          strong: 'De waarde is {{value}}. De samenwerking valt uiteen in duidelijk gescheiden groepen.',
          some: 'De waarde is {{value}}. Er zijn duidelijke groepen, met wel contact ertussen.',
          mixed: 'De waarde is {{value}}. Er zijn groepen, maar ze lopen in elkaar over.',
          open: 'De waarde is {{value}}. Er zijn nauwelijks aparte groepen: het is één netwerk.',
          none: 'Dit is voor deze kaart niet te berekenen: er zijn nog geen samenwerkingscontacten.',
        },
        action: {
          strong:
            'Zet de clusters aan op de kaart en zoek per cluster wie contact heeft met een ander cluster.',
          some: 'Zet de clusters aan op de kaart en kijk welke clusters niet met elkaar verbonden zijn.',
          mixed: 'Geen directe actie nodig; houd dit in de gaten als de kaart groeit.',
          open: 'Geen directe actie nodig.',
          none: 'Voeg relaties toe, bijvoorbeeld wie met wie samenwerkt.',
        },
      },
      components: {
        title: 'Losse delen',
        measures: 'Het aantal delen van de kaart dat niet met elkaar verbonden is, ook niet via anderen.',
        reading: {
          strong:
            'De kaart bestaat uit {{value}} losse delen. Sommige spelers kunnen elkaar op geen enkele manier bereiken.',
          some: 'De kaart bestaat uit {{value}} losse delen. Een flink deel van de spelers staat apart.',
          mixed:
            'De kaart bestaat uit {{value}} delen: bijna alle spelers zijn verbonden, een paar staan los.',
          open: 'Alle spelers zijn met elkaar verbonden, direct of via anderen.',
          none: 'Er zijn nog geen spelers.',
        },
        action: {
          strong: 'Kijk welke spelers los staan. Is er echt geen contact, of ontbreekt het op de kaart?',
          some: 'Kijk welke spelers los staan. Is er echt geen contact, of ontbreekt het op de kaart?',
          mixed:
            'Kijk welke spelers los staan: werken zij echt met niemand samen, of ontbreekt het op de kaart?',
          open: 'Geen actie nodig.',
          none: 'Voeg spelers toe.',
        },
      },
      density: {
        title: 'Dichtheid',
        measures:
          'Het deel van alle mogelijke contacten dat er echt is. Bij grote kaarten is dit altijd laag: niemand kan met iedereen samenwerken.',
        reading: {
          strong: 'De dichtheid is {{value}}. Er zijn weinig contacten.',
          some: 'De dichtheid is {{value}}. Er zijn niet veel contacten.',
          mixed: 'De dichtheid is {{value}}. Dat is gewoon voor een kaart van deze soort.',
          open: 'De dichtheid is {{value}}. Er zijn veel contacten.',
          none: 'Er zijn te weinig spelers om dit te berekenen.',
        },
        action: {
          strong: 'Controleer of alle bekende contacten op de kaart staan.',
          some: 'Controleer of alle bekende contacten op de kaart staan.',
          mixed: 'Geen actie nodig.',
          open: 'Geen actie nodig.',
          none: 'Voeg spelers en relaties toe.',
        },
      },
      reciprocity: {
        title: 'Wederkerigheid',
        measures:
          'Het deel van de contacten dat twee kanten op gaat: A verwijst naar B én B naar A. Samenwerken telt altijd als twee kanten op.',
        reading: {
          strong:
            'De waarde is {{value}}. De meeste contacten gaan één kant op, bijvoorbeeld alleen verwijzen of informeren.',
          some: 'De waarde is {{value}}. Veel contacten gaan één kant op.',
          mixed: 'De waarde is {{value}}. Ongeveer de helft van de contacten gaat twee kanten op.',
          open: 'De waarde is {{value}}. De meeste contacten gaan twee kanten op.',
          none: 'Er zijn nog geen samenwerkingscontacten.',
        },
        action: {
          strong: 'Vraag bij eenzijdige contacten of de andere kant ook terugkoppelt.',
          some: 'Vraag bij eenzijdige contacten of de andere kant ook terugkoppelt.',
          mixed: 'Geen directe actie nodig.',
          open: 'Geen actie nodig.',
          none: 'Voeg relaties toe.',
        },
      },
      degreeCentralisation: {
        title: 'Afhankelijk van een paar spelers?',
        measures:
          'Meet of de contacten bij een paar spelers liggen. 1 betekent: alles loopt via één speler. 0 betekent: iedereen heeft evenveel contacten.',
        reading: {
          strong:
            'De waarde is {{value}}. De samenwerking hangt aan een paar spelers. Valt er één weg, dan valt veel stil.',
          some: 'De waarde is {{value}}. Een paar spelers hebben veel meer contacten dan de rest.',
          mixed: 'De waarde is {{value}}. De contacten zijn redelijk verdeeld.',
          open: 'De waarde is {{value}}. De contacten zijn goed verdeeld over de spelers.',
          none: 'Er zijn te weinig spelers om dit te berekenen.',
        },
        action: {
          strong: 'Kijk bij Kwetsbare plekken wie onmisbaar is, en zorg voor een tweede verbinding.',
          some: 'Kijk bij Kwetsbare plekken wie onmisbaar is.',
          mixed: 'Geen directe actie nodig.',
          open: 'Geen actie nodig.',
          none: 'Voeg spelers en relaties toe.',
        },
      },
      averagePathLength: {
        title: 'Gemiddelde afstand',
        measures:
          'Het gemiddeld aantal stappen tussen twee spelers die elkaar via anderen kunnen bereiken. Eén stap is direct contact.',
        reading: {
          strong:
            'Gemiddeld zijn er {{value}} stappen nodig. Informatie en verwijzingen moeten een lange weg gaan.',
          some: 'Gemiddeld zijn er {{value}} stappen nodig. Dat is vrij lang.',
          mixed: 'Gemiddeld zijn er {{value}} stappen nodig. Dat is gewoon.',
          open: 'Gemiddeld zijn er {{value}} stappen nodig. Spelers kunnen elkaar snel bereiken.',
          none: 'Dit is niet berekend: de kaart is te groot voor een exacte berekening, of er zijn geen contacten.',
        },
        action: {
          strong:
            'Een paar nieuwe contacten tussen kokers maken de weg veel korter. Probeer het uit met Wat als.',
          some: 'Probeer met Wat als welk nieuw contact de weg het meest verkort.',
          mixed: 'Geen directe actie nodig.',
          open: 'Geen actie nodig.',
          none: 'Voeg relaties toe.',
        },
      },
    },
    roles: {
      coordinator: { title: 'Coördinator', meaning: 'verbindt spelers binnen de eigen koker ({{koker}})' },
      gatekeeper: { title: 'Poortwachter', meaning: 'laat anderen binnen in de eigen koker ({{koker}})' },
      representative: {
        title: 'Vertegenwoordiger',
        meaning: 'brengt de eigen koker ({{koker}}) in contact met anderen',
      },
      consultant: {
        title: 'Adviseur',
        meaning: 'verbindt van buitenaf twee spelers uit een andere koker ({{koker}})',
      },
      liaison: {
        title: 'Verbinder',
        meaning: 'verbindt twee andere kokers, zonder zelf bij een van beide te horen',
      },
    },
    groupings: {
      kracht: 'kracht',
      domein: 'domein',
      wijk: 'wijk',
      wet: 'wet',
      financier: 'financier',
      tag: 'groep',
    },
    reasons: {
      same_domain_and_wijk: 'Beiden werken aan {{domain}} in wijk {{wijk}}, maar hebben geen contact.',
      same_domain: 'Beiden werken aan {{domain}}, maar hebben geen contact.',
      same_wijk: 'Beiden zijn actief in wijk {{wijk}}, maar hebben geen contact.',
      common_contacts: 'Ze hebben {{count}} contacten gemeen, maar geen contact met elkaar.',
    },
    domains: {
      schulden: 'schulden',
      armoede: 'armoede',
      werk_inkomen: 'werk en inkomen',
      wmo_ondersteuning: 'Wmo-ondersteuning',
      jeugd: 'jeugd',
      gezondheid: 'gezondheid',
      wonen: 'wonen',
      taal_onderwijs: 'taal en onderwijs',
      informele_zorg: 'informele zorg',
      veiligheid: 'veiligheid',
      participatie: 'participatie',
    },
    nonResponse: {
      title: 'Wat de kaart mist door wie niet antwoordde',
      intro:
        'Deze uitkomsten van de diagnose (kaart van alle perspectieven) leunen op spelers die niet antwoordden.',
      none: 'Geen uitkomst van de diagnose leunt vooral op spelers die niet antwoordden.',
      response: {
        one: 'Uitvraag “{{title}}”: {{answered}} van de {{count}} deelnemer antwoordde.',
        other: 'Uitvraag “{{title}}”: {{answered}} van de {{count}} deelnemers antwoordden.',
      },
      ties: {
        one: 'Van de {{count}} relatie tussen deelnemers noemden {{confirmed}} allebei de kanten, {{oneSided}} maar één kant ({{percent}}%) en {{unreported}} geen van beide.',
        other:
          'Van de {{count}} relaties tussen deelnemers noemden {{confirmed}} allebei de kanten, {{oneSided}} maar één kant ({{percent}}%) en {{unreported}} geen van beide.',
      },
      unknownActor: 'een speler',
      notes: {
        silentBroker:
          '{{name}} is brug nummer {{rank}} op de kaart, maar antwoordde niet: wat we van {{name}} weten, komt van anderen.',
        hearsayBroker: {
          one: '{{name}} is brug nummer {{rank}}, maar noemde zelf geen van zijn {{count}} relatie met andere deelnemers: die komt van de andere kant.',
          other:
            '{{name}} is brug nummer {{rank}}, maar noemde zelf geen van zijn {{count}} relaties met andere deelnemers: alle {{others}} komen van de andere kant.',
        },
        silentIsolate:
          '{{name}} lijkt los te staan, maar antwoordde niet. Misschien ontbreken alleen de relaties.',
        silentKoker: {
          one: 'In de koker {{koker}} antwoordde {{silent}} van de {{count}} deelnemer niet: dit deel van de kaart tekenen vooral anderen.',
          other:
            'In de koker {{koker}} antwoordden {{silent}} van de {{count}} deelnemers niet: dit deel van de kaart tekenen vooral anderen.',
        },
      },
    },
  },
  en: {
    indices: {
      eiIndex: {
        title: 'Open or closed silos (E-I index)',
        measures:
          'Compares ties to other silos (E) with ties inside the own silo (I). It runs from −1 (only inside the own silo) to +1 (only with other silos).',
        reading: {
          strong:
            'The value is {{value}}. Almost all collaboration stays inside the own {{koker}}: strong silos.',
          some: 'The value is {{value}}. Most collaboration stays inside the own {{koker}}, with some contact between silos.',
          mixed: 'The value is {{value}}. There is about as much contact inside as between silos.',
          open: 'The value is {{value}}. Players mostly work across the borders of their {{koker}}.',
          none: NONE_EN,
        },
        action: {
          strong: SILO_ACTION_EN,
          some: SILO_ACTION_EN,
          mixed: 'Look at each silo in the table: an average can hide one closed silo.',
          open: `${OPEN_ACTION_EN} Note: with many small silos, much contact goes outside by itself.`,
          none: 'Fill in the {{koker}} of the players, or choose another grouping.',
        },
      },
      crossShare: {
        title: 'Contact between silos',
        measures: 'The share of all collaboration ties that connect two different silos.',
        reading: {
          strong:
            '{{value}} of the ties cross the border of a {{koker}}. That is little: the silos stand apart.',
          some: '{{value}} of the ties cross the border of a {{koker}}. The silos have limited contact.',
          mixed:
            '{{value}} of the ties cross the border of a {{koker}}. There is fair contact between silos.',
          open: '{{value}} of the ties cross the border of a {{koker}}. The silos work together a lot.',
          none: NONE_EN,
        },
        action: {
          strong: SILO_ACTION_EN,
          some: SILO_ACTION_EN,
          mixed: 'Find in the table which silo has the least contact outside.',
          open: OPEN_ACTION_EN,
          none: 'Fill in the {{koker}} of the players, or choose another grouping.',
        },
      },
      formalModularity: {
        title: 'How closed are the silos?',
        measures:
          'Measures whether players have more contact inside their own silo than chance would give. 0 means no more than chance; from about 0.3 the silos are clearly closed groups.',
        reading: {
          strong:
            'The value is {{value}}. The silos are closed groups: contact runs mostly inside the own {{koker}}.',
          some: 'The value is {{value}}. The silos are partly closed.',
          mixed: 'The value is {{value}}. The silos are only a little closed.',
          open: 'The value is {{value}}. The silo grouping says little about who works with whom.',
          none: NONE_EN,
        },
        action: {
          strong: SILO_ACTION_EN,
          some: SILO_ACTION_EN,
          mixed: 'Compare with the clusters: perhaps the real border lies elsewhere.',
          open: OPEN_ACTION_EN,
          none: 'Fill in the {{koker}} of the players, or choose another grouping.',
        },
      },
      clusterAgreement: {
        title: 'Do the real groups follow the silos?',
        measures:
          'Compares the groups the collaboration forms by itself (clusters) with the formal silos. 1 means identical, 0 means unrelated.',
        reading: {
          strong:
            'The value is {{value}}. The groups in practice almost coincide with the {{koker}}: the silos decide who works with whom.',
          some: 'The value is {{value}}. The groups in practice look much like the {{koker}} grouping.',
          mixed: 'The value is {{value}}. The groups in practice look a little like the {{koker}} grouping.',
          open: 'The value is {{value}}. Other groups form in practice: collaboration crosses the silos.',
          none: NONE_EN,
        },
        action: {
          strong: 'Look for players in a cluster of another {{koker}}: they show it can be done differently.',
          some: 'Look for players in a cluster of another {{koker}}: they show it can be done differently.',
          mixed: 'Look at the clusters on the map: what binds the players of one cluster?',
          open: 'Use the clusters when planning: they show where collaboration really is.',
          none: 'Fill in the {{koker}} of the players, or choose another grouping.',
        },
      },
      clusterModularity: {
        title: 'How clearly does the map split into groups?',
        measures:
          'The computer looks for groups of players who work much with each other and little with others (clusters). This value says how clear those groups are: 0 is no groups, from 0.3 clear groups.',
        reading: {
          strong: 'The value is {{value}}. Collaboration splits into clearly separate groups.',
          some: 'The value is {{value}}. There are clear groups, with some contact between them.',
          mixed: 'The value is {{value}}. There are groups, but they overlap.',
          open: 'The value is {{value}}. There are hardly separate groups: it is one network.',
          none: 'This cannot be computed: there are no collaboration ties yet.',
        },
        action: {
          strong: 'Colour the map by cluster and find, per cluster, who has contact with another cluster.',
          some: 'Colour the map by cluster and see which clusters are not linked.',
          mixed: 'No direct action needed; watch this as the map grows.',
          open: 'No direct action needed.',
          none: 'Add relations, for example who works with whom.',
        },
      },
      components: {
        title: 'Separate parts',
        measures: 'The number of parts of the map that are not connected, not even through others.',
        reading: {
          strong:
            'The map has {{value}} separate parts. Large groups of players cannot reach each other in any way.',
          some: 'The map has {{value}} separate parts. A fair share of the players stands apart.',
          mixed: 'The map has {{value}} parts: almost all players are connected, a few stand apart.',
          open: 'All players are connected, directly or through others.',
          none: 'There are no players yet.',
        },
        action: {
          strong: 'Check which players stand apart. Is there really no contact, or is it missing on the map?',
          some: 'Check which players stand apart. Is there really no contact, or is it missing on the map?',
          mixed:
            'Check which players stand apart: do they really work with nobody, or is it missing on the map?',
          open: 'No action needed.',
          none: 'Add players.',
        },
      },
      density: {
        title: 'Density',
        measures:
          'The share of all possible ties that exist. On large maps this is always low: nobody works with everyone.',
        reading: {
          strong: 'The density is {{value}}. There are few ties.',
          some: 'The density is {{value}}. There are not many ties.',
          mixed: 'The density is {{value}}. That is normal for a map like this.',
          open: 'The density is {{value}}. There are many ties.',
          none: 'Too few players to compute this.',
        },
        action: {
          strong: 'Check that all known contacts are on the map.',
          some: 'Check that all known contacts are on the map.',
          mixed: 'No action needed.',
          open: 'No action needed.',
          none: 'Add players and relations.',
        },
      },
      reciprocity: {
        title: 'Reciprocity',
        measures:
          'The share of ties that go both ways: A refers to B and B to A. Working together always counts as both ways.',
        reading: {
          strong: 'The value is {{value}}. Most ties go one way, such as only referring or informing.',
          some: 'The value is {{value}}. Many ties go one way.',
          mixed: 'The value is {{value}}. About half of the ties go both ways.',
          open: 'The value is {{value}}. Most ties go both ways.',
          none: 'There are no collaboration ties yet.',
        },
        action: {
          strong: 'For one-way ties, ask whether the other side reports back.',
          some: 'For one-way ties, ask whether the other side reports back.',
          mixed: 'No direct action needed.',
          open: 'No action needed.',
          none: 'Add relations.',
        },
      },
      degreeCentralisation: {
        title: 'Depending on a few players?',
        measures:
          'Measures whether the ties sit with a few players. 1 means everything runs through one player; 0 means everyone has as many ties.',
        reading: {
          strong:
            'The value is {{value}}. Collaboration hangs on a few players. If one drops out, much stops.',
          some: 'The value is {{value}}. A few players have many more ties than the rest.',
          mixed: 'The value is {{value}}. The ties are fairly spread.',
          open: 'The value is {{value}}. The ties are well spread over the players.',
          none: 'Too few players to compute this.',
        },
        action: {
          strong: 'See Weak spots for who is indispensable, and arrange a second link.',
          some: 'See Weak spots for who is indispensable.',
          mixed: 'No direct action needed.',
          open: 'No action needed.',
          none: 'Add players and relations.',
        },
      },
      averagePathLength: {
        title: 'Average distance',
        measures:
          'The average number of steps between two players who can reach each other. One step is direct contact.',
        reading: {
          strong: 'On average {{value}} steps are needed. Information and referrals travel a long way.',
          some: 'On average {{value}} steps are needed. That is fairly long.',
          mixed: 'On average {{value}} steps are needed. That is normal.',
          open: 'On average {{value}} steps are needed. Players reach each other quickly.',
          none: 'Not computed: the map is too large for an exact computation, or there are no ties.',
        },
        action: {
          strong: 'A few new ties between silos make the way much shorter. Try it with What if.',
          some: 'Try with What if which new tie shortens the way most.',
          mixed: 'No direct action needed.',
          open: 'No action needed.',
          none: 'Add relations.',
        },
      },
    },
    roles: {
      coordinator: { title: 'Coordinator', meaning: 'links players inside the own {{koker}}' },
      gatekeeper: { title: 'Gatekeeper', meaning: 'lets others into the own {{koker}}' },
      representative: {
        title: 'Representative',
        meaning: 'brings the own {{koker}} into contact with others',
      },
      consultant: { title: 'Consultant', meaning: 'links two players of another {{koker}} from outside' },
      liaison: { title: 'Liaison', meaning: 'links two other silos without belonging to either' },
    },
    groupings: {
      kracht: 'force',
      domein: 'domain',
      wijk: 'district',
      wet: 'law',
      financier: 'funder',
      tag: 'group',
    },
    reasons: {
      same_domain_and_wijk: 'Both work on {{domain}} in district {{wijk}}, but have no contact.',
      same_domain: 'Both work on {{domain}}, but have no contact.',
      same_wijk: 'Both are active in district {{wijk}}, but have no contact.',
      common_contacts: 'They share {{count}} contacts, but have no contact with each other.',
    },
    domains: {
      schulden: 'debt',
      armoede: 'poverty',
      werk_inkomen: 'work and income',
      wmo_ondersteuning: 'Wmo support',
      jeugd: 'youth',
      gezondheid: 'health',
      wonen: 'housing',
      taal_onderwijs: 'language and education',
      informele_zorg: 'informal care',
      veiligheid: 'safety',
      participatie: 'participation',
    },
    nonResponse: {
      title: 'What the map misses through who did not answer',
      intro: 'These results of the diagnosis (map of all perspectives) lean on actors that did not answer.',
      none: 'No result of the diagnosis leans mainly on actors that did not answer.',
      response: {
        one: 'Survey “{{title}}”: {{answered}} of the {{count}} respondent answered.',
        other: 'Survey “{{title}}”: {{answered}} of the {{count}} respondents answered.',
      },
      ties: {
        one: 'Of the {{count}} relation between respondents, {{confirmed}} were named by both sides, {{oneSided}} by one side only ({{percent}}%) and {{unreported}} by neither.',
        other:
          'Of the {{count}} relations between respondents, {{confirmed}} were named by both sides, {{oneSided}} by one side only ({{percent}}%) and {{unreported}} by neither.',
      },
      unknownActor: 'an actor',
      notes: {
        silentBroker:
          '{{name}} is bridge number {{rank}} on the map, but did not answer: what we know of {{name}} comes from others.',
        hearsayBroker: {
          one: '{{name}} is bridge number {{rank}}, but named none of its {{count}} relation with other respondents itself: it comes from the other side.',
          other:
            '{{name}} is bridge number {{rank}}, but named none of its {{count}} relations with other respondents itself: all {{others}} come from the other side.',
        },
        silentIsolate:
          '{{name}} seems to stand alone, but did not answer. Perhaps only the relations are missing.',
        silentKoker: {
          one: 'In the silo {{koker}}, {{silent}} of the {{count}} respondent did not answer: others mostly draw this part of the map.',
          other:
            'In the silo {{koker}}, {{silent}} of the {{count}} respondents did not answer: others mostly draw this part of the map.',
        },
      },
    },
  },
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);
}

export function groupingWord(key: GroupingKey, locale: Locale): string {
  const words = EXPLANATIONS[locale].groupings;
  return key.startsWith('tag:') ? words.tag : words[key as keyof typeof words];
}

/** The value as the card shows it: "−0,42", "38%", "3", "2,4". */
export function formatIndexValue(card: Pick<IndexCard, 'value' | 'format'>, locale: Locale): string {
  if (card.value === null) return '–';
  const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
  switch (card.format) {
    case 'share':
      return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(card.value);
    case 'count':
      return new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(card.value);
    case 'steps':
      return new Intl.NumberFormat(tag, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
        card.value,
      );
    default:
      return new Intl.NumberFormat(tag, {
        maximumFractionDigits: 2,
        minimumFractionDigits: 2,
        signDisplay: 'negative',
      }).format(card.value);
  }
}

export interface ExplainedCard {
  title: string;
  value: string;
  measures: string;
  reading: string;
  action: string;
}

export function explainIndex(card: IndexCard, grouping: GroupingKey, locale: Locale): ExplainedCard {
  const text = EXPLANATIONS[locale].indices[card.key];
  const values = { value: formatIndexValue(card, locale), koker: groupingWord(grouping, locale) };
  return {
    title: text.title,
    value: values.value,
    measures: fill(text.measures, values),
    reading: fill(text.reading[card.band], values),
    action: fill(text.action[card.band], values),
  };
}

export function explainRole(
  role: BrokerageRole,
  grouping: GroupingKey,
  locale: Locale,
): { title: string; meaning: string } {
  const text = EXPLANATIONS[locale].roles[role];
  return { title: text.title, meaning: fill(text.meaning, { koker: groupingWord(grouping, locale) }) };
}

/** One line per suggestion; `label` turns a domein code into words (the caller's vocabulary). */
export function explainReason(
  reason: MissingLinkReason,
  locale: Locale,
  label: (domain: string) => string = (d) => d,
): string {
  const template = EXPLANATIONS[locale].reasons[reason.code];
  return fill(template, {
    domain: 'domain' in reason ? label(reason.domain) : '',
    wijk: 'wijk' in reason ? reason.wijk : '',
    count: 'count' in reason ? String(reason.count) : '',
  });
}

const plural = (texts: Plural, count: number) => (count === 1 ? texts.one : texts.other);

/** The headline of a round's response: "Uitvraag “…”: 2 van de 4 deelnemers antwoordden." */
export function explainResponse(
  title: string,
  respondents: Pick<NonResponse['respondents'], 'invited' | 'answered'>,
  locale: Locale,
): string {
  return fill(plural(EXPLANATIONS[locale].nonResponse.response, respondents.invited), {
    title,
    answered: String(respondents.answered),
    count: String(respondents.invited),
  });
}

/** The ties between invited spelers in one sentence, or null when there are none. */
export function explainTieCoverage(ties: NonResponse['ties'], locale: Locale): string | null {
  if (ties.total === 0) return null;
  return fill(plural(EXPLANATIONS[locale].nonResponse.ties, ties.total), {
    count: String(ties.total),
    confirmed: String(ties.confirmed),
    oneSided: String(ties.oneSided),
    unreported: String(ties.unreported),
    percent: String(Math.round((ties.oneSided / ties.total) * 100)),
  });
}

/** One non-response note as a sentence, naming the speler (`names`: id → name) or its koker. */
export function explainNonResponseNote(
  note: NonResponseNote,
  names: Readonly<Record<string, string>>,
  locale: Locale,
): string {
  const texts = EXPLANATIONS[locale].nonResponse;
  if (note.kind === 'silent_koker') {
    return fill(plural(texts.notes.silentKoker, note.invited), {
      koker: note.koker,
      silent: String(note.silent),
      count: String(note.invited),
    });
  }
  const known = names[note.actorId];
  const name = known ?? texts.unknownActor;
  const text =
    note.kind === 'silent_broker'
      ? fill(texts.notes.silentBroker, { name, rank: String(note.rank) })
      : note.kind === 'hearsay_broker'
        ? fill(plural(texts.notes.hearsayBroker, note.ties), {
            name,
            rank: String(note.rank),
            count: String(note.ties),
            others: String(note.onlyByOthers),
          })
        : fill(texts.notes.silentIsolate, { name });
  // Each of these sentences starts with the name; "een speler" then starts with a capital.
  return known === undefined ? text.charAt(0).toLocaleUpperCase(locale) + text.slice(1) : text;
}
