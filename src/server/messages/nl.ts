/**
 * Dutch (B1): the API's default language, because its first client is the Dutch web app. The `code` next
 * to every text lets any client show its own words instead.
 */
import { MAIL_PLACEHOLDERS, type ResourceKind } from '../../domain/index.ts';
import type { Catalogue } from './catalogue.ts';
import { acceptedWords, alternatives } from './words.ts';

/** A number as Dutch readers write it: 1.600.000. */
const count = (value: unknown) => new Intl.NumberFormat('nl-NL').format(Number(value));

const list = (values: unknown) => (Array.isArray(values) ? values.join(', ') : '');

/** The placeholders a mail template may use, as they are typed: {naam}, {speler}, … */
const placeholders = MAIL_PLACEHOLDERS.map((name) => `{${name}}`).join(', ');

const SEPARATOR_WORDS: Record<string, string> = {
  '|': 'een streep (|)',
  ';': 'een puntkomma (;)',
  ',': 'een komma (,)',
};
const separators = (values: unknown) =>
  Array.isArray(values)
    ? ` Scheid twee waarden met ${alternatives(
        values.map((value) => SEPARATOR_WORDS[String(value)] ?? String(value)),
        'of',
      )}.`
    : '';
/** The new spelers of a file that share a name: they have no id yet, so only their rows can be named. */
const newInRows = (rows: unknown[], sheet: unknown) =>
  rows.length === 1
    ? ` In rij ${rows[0]} van het blad ${sheet} staat een nieuwe speler met deze naam.`
    : ` In de rijen ${alternatives(rows, 'en')} van het blad ${sheet} staan nieuwe spelers met deze naam.`;

/** "2 beoordelingen van relaties en 1 positie op een vraagstuk", leaving out a kind of which there are none. */
const claimCounts = (parts: [unknown, string, string][]) =>
  alternatives(
    parts
      .filter(([value]) => Number(value) > 0)
      .map(([value, one, other]) => `${count(value)} ${Number(value) === 1 ? one : other}`),
    'en',
  );

/** Dutch says "dit" for het-words (het perspectief, het vraagstuk) and "deze" for de-words. */
const HET_WORDS: ReadonlySet<ResourceKind> = new Set(['perspective', 'topic', 'proposal']);
const this_ = (resource: ResourceKind) => (HET_WORDS.has(resource) ? 'Dit' : 'Deze');

export const nl: Catalogue = {
  titles: {
    validation: 'De invoer klopt niet',
    invalid_json: 'De inhoud is geen geldige JSON',
    unsupported_media_type: 'Dit soort inhoud wordt niet ondersteund',
    payload_too_large: 'De inhoud is te groot',
    not_found: 'Niet gevonden',
    version_conflict: 'Iemand anders heeft dit al gewijzigd',
    method_not_allowed: 'Deze bewerking kan hier niet',
    internal: 'Er ging iets mis aan onze kant',
    unauthenticated: 'U bent niet ingelogd',
    invalid_credentials: 'Inloggen is niet gelukt',
    csrf: 'Dit verzoek kwam niet uit Krachtenveld zelf',
    forbidden: 'Uw rol staat dit niet toe',
    conflict: 'Dit kan nu niet',
    gone: 'Deze uitnodiging is niet meer geldig',
    too_many_requests: 'Te veel verzoeken',
    service_unavailable: 'De dienst is even niet beschikbaar',
    too_heavy: 'Dit bestand is te zwaar om te verwerken',
    survey_link: 'Deze link werkt niet',
    meeting_code: 'Deze code werkt niet',
  },

  resources: {
    workspace: 'werkruimte',
    actor: 'speler',
    relation: 'relatie',
    gemeente: 'gemeente',
    member: 'lid',
    invitation: 'uitnodiging',
    audit_event: 'wijziging',
    user: 'gebruiker',
    perspective: 'perspectief',
    topic: 'vraagstuk',
    assessment: 'beoordeling',
    survey: 'uitvraag',
    respondent: 'deelnemer aan de uitvraag',
    proposal: 'voorstel',
    meeting: 'bijeenkomst',
    contribution: 'bijdrage',
    snapshot: 'momentopname',
  },

  roles: {
    lezer: 'lezer',
    redacteur: 'redacteur',
    eigenaar: 'eigenaar',
    beheerder: 'beheerder',
  },

  reasons: {
    required: () => 'Dit veld is verplicht.',
    invalid_type: (p) => `Verkeerd soort waarde${p.expected ? ` (verwacht: ${p.expected})` : ''}.`,
    invalid_enum: (p) => {
      // A spreadsheet's cell: its vocabulary's words (labels and codes) and, in a list, how to separate.
      const words = acceptedWords(p.vocabulary, 'nl');
      if (words === undefined) return `Kies een van deze waarden: ${list(p.values)}.`;
      const value = typeof p.value === 'string' ? `"${p.value}" kennen we niet. ` : '';
      return `${value}Kies uit: ${words}.${separators(p.separators)}`;
    },
    too_short: (p) =>
      p.origin === 'array'
        ? `Geef minstens ${p.minimum} ${p.minimum === 1 ? 'waarde' : 'waarden'}.`
        : `Gebruik minstens ${p.minimum} ${p.minimum === 1 ? 'teken' : 'tekens'}.`,
    too_long: (p) =>
      p.origin === 'array'
        ? `Geef hoogstens ${p.maximum} waarden.`
        : `Gebruik hoogstens ${p.maximum} tekens.`,
    too_small: (p) => `De waarde moet minstens ${p.minimum} zijn.`,
    too_big: (p) => `De waarde mag hoogstens ${p.maximum} zijn.`,
    not_integer: () => 'Geef een heel getal.',
    unknown_field: () => 'Dit veld bestaat niet. Haal het weg of controleer de spelling.',
    control_characters: () => 'Een naam mag geen regeleinden, tabs of andere stuurtekens bevatten.',
    nul_character: () => 'De tekst bevat een ongeldig teken (NUL).',
    invalid_character: () =>
      'De tekst bevat een ongeldig teken. Typ de tekst opnieuw of plak hem zonder opmaak.',
    duplicate_items: () => 'Elke waarde mag maar één keer in de lijst staan.',
    date_format: () => 'Geef een datum als JJJJ-MM-DD, bijvoorbeeld 2025-01-31.',
    uuid_format: () => 'Dit is geen geldige id.',
    website_format: () => 'Geef een webadres dat begint met http:// of https://.',
    gemeente_code_format: () => 'Een gemeentecode is GM met vier cijfers, bijvoorbeeld GM0363.',
    invalid_value: () => 'Deze waarde is niet toegestaan.',
    email_format: () => 'Geef een geldig e-mailadres, bijvoorbeeld naam@gemeente.nl.',
    unknown_gemeente: (p) => {
      if (typeof p.name !== 'string')
        return 'Deze gemeentecode staat niet in de lijst van gemeenten van het CBS.';
      const suggestions = alternatives(p.suggestions, 'of');
      return `Er is geen gemeente met de naam "${p.name}". ${
        suggestions
          ? `Bedoelt u ${suggestions}?`
          : 'Schrijf de naam zoals het CBS, of geef de code, zoals GM0363.'
      }`;
    },
    ambiguous_gemeente: (p) =>
      `Meer dan één gemeente heet "${p.name}". Bedoelt u ${alternatives(p.suggestions, 'of')}? Geef dan de code, zoals GM0363.`,
    self_relation: () => 'Een speler kan geen relatie met zichzelf hebben.',
    date_order: () => 'De einddatum ligt vóór de begindatum.',
    denied_rated: () => 'Een ontkende relatie heeft geen sterkte, vertrouwen of waarde. Laat dit veld leeg.',
    perspective_not_in_workspace: () => 'Dit perspectief bestaat niet in deze werkruimte.',
    from_after_to: () => 'Het eerste moment komt na het tweede. Kies eerst het oudste moment.',
    snapshot_not_in_workspace: () => 'Deze momentopname bestaat niet in deze werkruimte.',
    same_workspace: () => 'Dit is twee keer dezelfde werkruimte. Kies twee verschillende werkruimtes.',
    workspace_not_found: () =>
      'Deze werkruimte bestaat niet, of u bent er geen lid van. Kies een werkruimte uit uw eigen lijst.',
    topic_not_in_workspace: () => 'Dit vraagstuk bestaat niet in deze werkruimte.',
    actor_not_in_workspace: () => 'Deze speler bestaat niet in deze werkruimte.',
    relation_not_in_workspace: () => 'Deze relatie bestaat niet in deze werkruimte.',
    invalid_json: () => 'Dit is geen geldig JSON-bestand.',
    unknown_format: (p) =>
      p.formats
        ? `Dit soort bestand kunnen we niet inlezen. Kies een van deze formaten: ${p.formats}.`
        : 'Dit is geen Krachtenveld-back-up (verwacht: krachtenveld-backup/1).',
    invalid_file: (p) =>
      `Dit bestand kunnen we niet lezen${p.expected ? ` als ${p.expected}` : ''}. Sla het opnieuw op en probeer het nog eens.`,
    invalid_xml: (p) => `Dit is geen geldig XML-bestand${p.message ? ` (${p.message})` : ''}.`,
    unsafe_xml: () =>
      'Dit XML-bestand bevat een DOCTYPE of entiteiten. Die lezen we om veiligheidsredenen niet in; haal ze weg.',
    too_deep: (p) => `Het bestand is te diep genest (meer dan ${p.maximum} niveaus).`,
    too_many_rows: (p) => `Het bestand heeft te veel rijen of elementen (hoogstens ${p.maximum}).`,
    uncompressed_too_large: (p) =>
      `Uitgepakt is het bestand groter dan ${Math.round(Number(p.maximum) / 1_048_576)} MB. Zo'n bestand lezen we niet in.`,
    too_many_zip_entries: (p) =>
      `Het XLSX-bestand bestaat uit meer dan ${count(p.maximum)} delen. Sla het opnieuw op als gewoon Excel-bestand.`,
    too_many_cells: (p) =>
      `Het bestand heeft meer dan ${count(p.maximum)} cellen. Splits het bestand, of gebruik CSV of een back-up (JSON).`,
    too_many_shared_strings: (p) =>
      `Het bestand heeft meer dan ${count(p.maximum)} verschillende teksten (gedeelde tekenreeksen). Zo'n bestand lezen we niet in.`,
    too_many_styles: (p) =>
      `Het bestand heeft meer dan ${count(p.maximum)} opmaakregels. Haal de opmaak weg (plak als waarden in een nieuw bestand).`,
    too_many_elements: (p) => `Het bestand heeft meer dan ${count(p.maximum)} XML-elementen.`,
    too_many_attributes: (p) =>
      `Het bestand heeft te veel XML-attributen (hoogstens ${count(p.maximum)}${Number(p.maximum) <= 1_000 ? ' per element' : ''}).`,
    missing_column: (p) => `De kolom ${p.column} ontbreekt.`,
    missing_sheet: () => 'Het bestand heeft geen blad spelers of relaties.',
    formula_without_value: () =>
      'Deze cel bevat een formule zonder uitkomst. Typ de waarde zelf in; formules rekenen we niet uit.',
    duplicate_key: (p) =>
      `${p.what === 'assessment' ? 'Dit perspectief beoordeelt deze relatie twee keer' : p.what === 'perspective' ? 'Dit perspectief staat twee keer' : p.what === 'topic' ? 'Dit vraagstuk staat twee keer' : 'Deze speler of relatie staat twee keer'} in het bestand${p.firstRow !== undefined ? ` (ook in rij ${p.firstRow})` : ''}.`,
    actor_not_found: (p) =>
      `Er is geen speler${p.name ? ` met de naam "${p.name}"` : ''} in het bestand of in de werkruimte.`,
    perspective_not_found: (p) =>
      `Er is geen perspectief${p.name ? ` met de naam "${p.name}"` : ''} in het bestand of in de werkruimte. Voeg het toe (blad perspectieven) of kies een bestaand perspectief.`,
    topic_not_found: (p) =>
      `Er is geen vraagstuk${p.name ? ` met de naam "${p.name}"` : ''} in het bestand of in de werkruimte. Voeg het toe (blad vraagstukken) of kies een bestaand vraagstuk.`,
    ambiguous_topic: (p) =>
      `Er zijn meer vraagstukken met de naam "${p.name}". Gebruik de id van het vraagstuk om aan te geven welk u bedoelt.`,
    relation_not_found: () =>
      'Deze relatie staat niet in het bestand en niet in de werkruimte. Controleer van, naar en soort, of de id van de relatie.',
    ambiguous_name: (p) => {
      const ids = Array.isArray(p.ids) ? p.ids : [];
      const rows = Array.isArray(p.rows) ? p.rows : [];
      const head = `Er zijn meer spelers met de naam "${p.name}".`;
      if (ids.length + rows.length === 0)
        return `${head} Gebruik de id-kolom om aan te geven welke u bedoelt.`;
      const byId = ids.length
        ? ` Bedoelt u ${alternatives(ids, 'of')}? Zet die id in de kolom ${p.idColumn}.`
        : '';
      const byRow = rows.length ? `${newInRows(rows, p.sheet)} Geef elke speler een eigen naam.` : '';
      return head + byId + byRow;
    },
    tie_target: () => 'Kies een speler uit de lijst, of stel één nieuwe speler voor (niet allebei).',
    tie_twice: () => 'Deze speler staat al eerder in uw lijst. Noem elke speler één keer.',
    relation_type_not_asked: (p) =>
      `Naar deze soort relatie wordt in deze uitvraag niet gevraagd. Kies uit: ${list(p.values)}.`,
    proposal_is_roster_actor: () =>
      'Deze speler staat al in de lijst. Kies hem daar in plaats van hem voor te stellen.',
    roster_empty: () => 'Kies minstens één speler die deelnemers kunnen noemen, of kies een andere lijst.',
    actor_not_on_roster: () =>
      'Deze speler staat niet op de lijst van deze uitvraag. Kies een speler uit de lijst, of stel een nieuwe voor.',
    topic_not_asked: () =>
      'Naar dit vraagstuk wordt in deze uitvraag niet (meer) gevraagd. Laad de pagina opnieuw.',
    position_twice: () =>
      'Deze speler staat bij dit vraagstuk al eerder in uw lijst. Plaats elke speler één keer per vraagstuk.',
    merge_target_required: () => 'Kies de speler of relatie waarmee u deze bijdrage wilt samenvoegen.',
    relation_other_actors: () => 'Deze relatie hoort niet bij de twee spelers van de bijdrage.',
    not_mergeable: () => 'Een plaats op het vraagstuk kunt u alleen overnemen of afwijzen.',
    question_not_asked: () =>
      'Naar dit onderdeel wordt in deze uitvraag niet gevraagd. Laad de pagina opnieuw.',
    mail_placeholder_unknown: (p) =>
      `${typeof p.placeholder === 'string' ? `${p.placeholder} kennen we niet.` : 'Deze tekst tussen accolades kennen we niet.'} Tussen accolades kunt u alleen gebruiken: ${placeholders}.`,
    mail_link_missing: () =>
      'Zet {link} in de tekst. Daar komt de persoonlijke link van de deelnemer; zonder link kan niemand antwoorden.',
    invalid_grouping: () =>
      'Kies een indeling: kracht, domein, wijk, wet, financier of tag:<voorvoegsel> (bijvoorbeeld tag:moeder).',
  },

  authentication: {
    unauthenticated: 'Log in om verder te gaan. Was u ingelogd, dan is uw sessie verlopen.',
    invalid_credentials: 'Het e-mailadres of het wachtwoord klopt niet.',
    csrf: 'Laad de pagina opnieuw en probeer het nog eens.',
  },

  conflicts: {
    setup_done: 'Er is al een beheerder. Log in met dat account.',
    setup_remote:
      'De eerste beheerder maakt u aan op de computer waar Krachtenveld draait, of met het commando `krachtenveld user add --admin`.',
    last_owner: 'Een werkruimte heeft altijd minstens één eigenaar. Maak eerst iemand anders eigenaar.',
    email_taken: 'Er is al een account met dit e-mailadres. Log in met dat account.',
    invitation_unusable:
      'Deze uitnodiging is verlopen, al gebruikt of ingetrokken. Vraag de eigenaar om een nieuwe link.',
    actor_exists: 'Deze speler bestaat al weer in de werkruimte.',
    not_restorable: 'Alleen een verwijderde speler kunt u terugzetten.',
    relation_exists: 'Deze relatie bestaat al weer in de werkruimte.',
    relation_actor_missing:
      'Een speler van deze relatie is verwijderd. Zet eerst die speler terug (in de geschiedenis); daarna kunt u de relatie terugzetten.',
    perspective_name_taken:
      'Deze werkruimte heeft al een perspectief met deze naam (hoofdletters tellen niet mee). Kies een andere naam.',
    editors_perspective:
      'Het perspectief van de redactie kunt u niet verwijderen: wat in de gewone formulieren wordt ingevuld, hoort daarbij.',
    perspective_has_claims: ({ assessments, positions }) =>
      `Dit perspectief heeft nog ${claimCounts([
        [assessments, 'beoordeling van een relatie', 'beoordelingen van relaties'],
        [positions, 'positie op een vraagstuk', 'posities op vraagstukken'],
      ])}. Die gaan mee als u het verwijdert. Wilt u dat, verwijder het dan met withClaims=true.`,
    respondent_exists:
      'Voor deze speler is in deze uitvraag al iemand uitgenodigd. Stuur die persoon de link, of maak een nieuwe link.',
    survey_close_date_passed:
      'De sluitdatum van deze uitvraag is al voorbij. Kies eerst een latere sluitdatum en open de uitvraag dan.',
    survey_not_open: 'Deze uitvraag is gesloten. Open hem eerst weer om dit te doen.',
    survey_has_answers:
      'Op deze uitvraag is al geantwoord. Een uitvraag met antwoorden kan niet terug naar concept; sluit hem of verwijder hem.',
    proposal_decided: 'Over dit voorstel is al besloten. Laad de lijst opnieuw.',
    meeting_closed: 'Deze bijeenkomst is gesloten. Er kan niets meer bij.',
    meeting_state: 'Een bijeenkomst gaat van gepland naar open naar gesloten, niet terug.',
    contribution_decided: 'Over deze bijdrage is al besloten. Laad de lijst opnieuw.',
    contribution_not_yours: 'Alleen wie een bijdrage stuurde, kan hem intrekken.',
    contribution_not_accepted: 'U kunt alleen reageren op wat de gespreksleider heeft overgenomen.',
    reaction_own: 'Op uw eigen bijdrage kunt u niet reageren.',
    mail_not_configured:
      'Krachtenveld kan hier geen e-mail versturen: er is geen mailserver ingesteld. Maak nieuwe links, download ze (CSV of Excel) en stuur ze met uw eigen mailprogramma.',
    survey_mail_not_open:
      'U kunt alleen e-mail sturen als de uitvraag open is en de sluitdatum niet voorbij is. Open de uitvraag eerst, of kies een latere sluitdatum.',
    assessment_exists:
      'Dit perspectief heeft deze relatie al beoordeeld. Pas die beoordeling aan in plaats van een nieuwe te maken.',
  },

  requestErrors: {
    FST_ERR_CTP_INVALID_JSON_BODY: 'Controleer de haakjes, aanhalingstekens en komma’s.',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'De inhoud is leeg.',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Stuur JSON met Content-Type: application/json.',
    FST_ERR_CTP_BODY_TOO_LARGE: 'Stuur minder gegevens tegelijk.',
    FST_REQ_FILE_TOO_LARGE: 'Het bestand is te groot: hoogstens 50 MB per bestand.',
    FST_FILES_LIMIT: 'Stuur één bestand, of twee CSV-bestanden (spelers en relaties).',
    FST_PARTS_LIMIT: 'Het formulier heeft te veel delen.',
    FST_FIELDS_LIMIT: 'Het formulier heeft te veel velden.',
    FST_PROTO_VIOLATION: 'Het formulier bevat een verboden veldnaam (__proto__ of constructor).',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'De lengte van de inhoud klopt niet.',
  },

  details: {
    fixFields: 'Verbeter de genoemde velden en probeer het opnieuw.',
    someListed: ({ total, listed }) =>
      `Er zijn ${count(total)} problemen gevonden. Hieronder staan de eerste ${count(listed)}; de rest is niet genoemd. Herstel deze eerst en probeer het opnieuw.`,
    notFound: (resource) => `${this_(resource)} ${nl.resources[resource]} bestaat niet (meer).`,
    noSuchAddress: 'Dit adres bestaat niet in de API.',
    versionConflict: (resource) =>
      `${this_(resource)} ${nl.resources[resource]} is gewijzigd sinds u ${HET_WORDS.has(resource) ? 'het' : 'hem'} opende. Laad de nieuwste versie en breng uw wijziging opnieuw aan.`,
    forbidden: ({ needed, actual }) => {
      if (needed === 'beheerder') return 'Alleen een beheerder van Krachtenveld mag dit.';
      const yours = actual ? `U bent ${nl.roles[actual]} in deze werkruimte. ` : '';
      return `${yours}Hiervoor moet u ${nl.roles[needed]} zijn. Vraag een eigenaar van de werkruimte om een andere rol.`;
    },
    busyAccount: ({ seconds }) =>
      `U hebt al imports of exports lopen. Wacht tot die klaar zijn en probeer het over ${seconds} seconden opnieuw.`,
    busyInstallation: ({ seconds }) =>
      `Krachtenveld verwerkt nu veel bestanden tegelijk. Probeer het over ${seconds} seconden opnieuw.`,
    memoryLimit: ({ megabytes }) =>
      `Dit bestand vraagt meer geheugen dan de server per bestand toestaat (${megabytes} MB). Splits het bestand in kleinere delen, of gebruik CSV of een back-up (JSON).`,
    timeLimit: ({ seconds }) =>
      `Het verwerken duurde langer dan de server per bestand toestaat (${seconds} seconden). Splits het bestand in kleinere delen en probeer het opnieuw.`,
    tooManyRequests: 'Wacht even en probeer het dan opnieuw.',
    meetingCode:
      'Controleer de code op het scherm. Misschien is de bijeenkomst al gesloten; vraag dan de gespreksleider.',
    contributionRate: ({ perMinute }) =>
      `U stuurde al ${perMinute} bijdragen in één minuut. Wacht even en stuur het dan opnieuw.`,
    surveyLink:
      'Misschien is de uitvraag gesloten, of is de link vervangen door een nieuwe. Vraag degene die u de link stuurde om een nieuwe link.',
    forbiddenKey: 'De inhoud bevat een verboden veldnaam (__proto__ of constructor).',
    badRequest: 'Het verzoek klopt niet.',
    internal: 'Probeer het later opnieuw. Blijft het misgaan, meld het dan aan de beheerder.',
    oidcUnavailable:
      'De identity provider van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw.',
    mailUnavailable:
      'De mailserver is nu niet bereikbaar. Er is geen e-mail verstuurd en alle links werken nog zoals eerst. Probeer het later opnieuw, of meld het aan de beheerder.',
  },
};
