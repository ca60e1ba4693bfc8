/**
 * English: plain and short, for clients that send `Accept-Language: en`. Words for the map follow the web
 * app's English texts (actor, relation, workspace, municipality); codes and the Dutch names of sheets,
 * columns and groupings stay as they are, because that is what files and the API use.
 */
import { MAIL_PLACEHOLDERS } from '../../domain/index.ts';
import type { Catalogue } from './catalogue.ts';
import { acceptedWords, alternatives } from './words.ts';

/** A number as English readers write it: 1,600,000. */
const count = (value: unknown) => new Intl.NumberFormat('en-GB').format(Number(value));

const list = (values: unknown) => (Array.isArray(values) ? values.join(', ') : '');

/** The placeholders a mail template may use, as they are typed: {naam}, {speler}, … */
const placeholders = MAIL_PLACEHOLDERS.map((name) => `{${name}}`).join(', ');

const SEPARATOR_WORDS: Record<string, string> = {
  '|': 'a bar (|)',
  ';': 'a semicolon (;)',
  ',': 'a comma (,)',
};
const separators = (values: unknown) =>
  Array.isArray(values)
    ? ` Separate two values with ${alternatives(
        values.map((value) => SEPARATOR_WORDS[String(value)] ?? String(value)),
        'or',
      )}.`
    : '';
/** The new actors of a file that share a name: they have no id yet, so only their rows can be named. */
const newInRows = (rows: unknown[], sheet: unknown) =>
  rows.length === 1
    ? ` Row ${rows[0]} of sheet ${sheet} holds a new actor with this name.`
    : ` Rows ${alternatives(rows, 'and')} of sheet ${sheet} hold new actors with this name.`;

/** "2 assessments of relations and 1 position on a topic", leaving out a kind of which there are none. */
const claimCounts = (parts: [unknown, string, string][]) =>
  alternatives(
    parts
      .filter(([value]) => Number(value) > 0)
      .map(([value, one, other]) => `${count(value)} ${Number(value) === 1 ? one : other}`),
    'and',
  );

export const en: Catalogue = {
  titles: {
    validation: 'The input is not valid',
    invalid_json: 'The content is not valid JSON',
    unsupported_media_type: 'This kind of content is not supported',
    payload_too_large: 'The content is too large',
    not_found: 'Not found',
    version_conflict: 'Someone else has already changed this',
    method_not_allowed: 'This operation is not possible here',
    internal: 'Something went wrong on our side',
    unauthenticated: 'You are not logged in',
    invalid_credentials: 'Logging in failed',
    csrf: 'This request did not come from Krachtenveld itself',
    forbidden: 'Your role does not allow this',
    conflict: 'This is not possible now',
    gone: 'This invitation is no longer valid',
    too_many_requests: 'Too many requests',
    service_unavailable: 'The service is briefly unavailable',
    too_heavy: 'This file is too heavy to process',
    survey_link: 'This link does not work',
    meeting_code: 'This code does not work',
  },

  resources: {
    workspace: 'workspace',
    actor: 'actor',
    relation: 'relation',
    gemeente: 'municipality',
    member: 'member',
    invitation: 'invitation',
    audit_event: 'change',
    user: 'user',
    perspective: 'perspective',
    topic: 'topic',
    assessment: 'assessment',
    survey: 'survey',
    respondent: 'survey respondent',
    proposal: 'proposal',
    meeting: 'meeting',
    contribution: 'contribution',
    snapshot: 'snapshot',
  },

  roles: {
    lezer: 'reader',
    redacteur: 'editor',
    eigenaar: 'owner',
    beheerder: 'administrator',
  },

  reasons: {
    required: () => 'This field is required.',
    invalid_type: (p) => `Wrong kind of value${p.expected ? ` (expected: ${p.expected})` : ''}.`,
    invalid_enum: (p) => {
      // A spreadsheet's cell: its vocabulary's words (labels and codes) and, in a list, how to separate.
      const words = acceptedWords(p.vocabulary, 'en');
      if (words === undefined) return `Choose one of these values: ${list(p.values)}.`;
      const value = typeof p.value === 'string' ? `"${p.value}" is not a known value. ` : '';
      return `${value}Choose from: ${words}.${separators(p.separators)}`;
    },
    too_short: (p) => {
      const one = Number(p.minimum) === 1;
      return p.origin === 'array'
        ? `Give at least ${p.minimum} ${one ? 'value' : 'values'}.`
        : `Use at least ${p.minimum} ${one ? 'character' : 'characters'}.`;
    },
    too_long: (p) =>
      p.origin === 'array' ? `Give at most ${p.maximum} values.` : `Use at most ${p.maximum} characters.`,
    too_small: (p) => `The value must be at least ${p.minimum}.`,
    too_big: (p) => `The value may be at most ${p.maximum}.`,
    not_integer: () => 'Give a whole number.',
    unknown_field: () => 'This field does not exist. Remove it or check the spelling.',
    control_characters: () => 'A name may not contain line breaks, tabs or other control characters.',
    nul_character: () => 'The text contains an invalid character (NUL).',
    invalid_character: () =>
      'The text contains an invalid character. Type the text again or paste it without formatting.',
    duplicate_items: () => 'Each value may appear only once in the list.',
    date_format: () => 'Give a date as YYYY-MM-DD, for example 2025-01-31.',
    uuid_format: () => 'This is not a valid id.',
    website_format: () => 'Give a web address that starts with http:// or https://.',
    gemeente_code_format: () => 'A municipality code is GM followed by four digits, for example GM0363.',
    invalid_value: () => 'This value is not allowed.',
    email_format: () => 'Give a valid e-mail address, for example name@example.org.',
    unknown_gemeente: (p) => {
      if (typeof p.name !== 'string')
        return 'This municipality code is not in the CBS list of municipalities.';
      const suggestions = alternatives(p.suggestions, 'or');
      return `There is no municipality named "${p.name}". ${
        suggestions
          ? `Did you mean ${suggestions}?`
          : 'Write the name as CBS does, or give the code, such as GM0363.'
      }`;
    },
    ambiguous_gemeente: (p) =>
      `More than one municipality is named "${p.name}". Did you mean ${alternatives(p.suggestions, 'or')}? Then give the code, such as GM0363.`,
    self_relation: () => 'An actor cannot have a relation with itself.',
    date_order: () => 'The end date is before the start date.',
    denied_rated: () => 'A denied relation has no strength, trust or value. Leave this field empty.',
    perspective_not_in_workspace: () => 'This perspective does not exist in this workspace.',
    from_after_to: () => 'The first moment comes after the second. Choose the earlier moment first.',
    snapshot_not_in_workspace: () => 'This snapshot does not exist in this workspace.',
    same_workspace: () => 'This is the same workspace twice. Choose two different workspaces.',
    workspace_not_found: () =>
      'This workspace does not exist, or you are not a member of it. Choose a workspace from your own list.',
    topic_not_in_workspace: () => 'This topic does not exist in this workspace.',
    actor_not_in_workspace: () => 'This actor does not exist in this workspace.',
    relation_not_in_workspace: () => 'This relation does not exist in this workspace.',
    invalid_json: () => 'This is not a valid JSON file.',
    unknown_format: (p) =>
      p.formats
        ? `We cannot read this kind of file. Choose one of these formats: ${p.formats}.`
        : 'This is not a Krachtenveld backup (expected: krachtenveld-backup/1).',
    invalid_file: (p) =>
      `We cannot read this file${p.expected ? ` as ${p.expected}` : ''}. Save it again and try once more.`,
    invalid_xml: (p) => `This is not a valid XML file${p.message ? ` (${p.message})` : ''}.`,
    unsafe_xml: () =>
      'This XML file contains a DOCTYPE or entities. For security reasons we do not read those; remove them.',
    too_deep: (p) => `The file is nested too deeply (more than ${p.maximum} levels).`,
    too_many_rows: (p) => `The file has too many rows or elements (at most ${p.maximum}).`,
    uncompressed_too_large: (p) =>
      `Unpacked, the file is larger than ${Math.round(Number(p.maximum) / 1_048_576)} MB. We do not read such a file.`,
    too_many_zip_entries: (p) =>
      `The XLSX file has more than ${count(p.maximum)} parts. Save it again as a normal Excel file.`,
    too_many_cells: (p) =>
      `The file has more than ${count(p.maximum)} cells. Split the file, or use CSV or a backup (JSON).`,
    too_many_shared_strings: (p) =>
      `The file has more than ${count(p.maximum)} different texts (shared strings). We do not read such a file.`,
    too_many_styles: (p) =>
      `The file has more than ${count(p.maximum)} formatting entries. Remove the formatting (paste as values into a new file).`,
    too_many_elements: (p) => `The file has more than ${count(p.maximum)} XML elements.`,
    too_many_attributes: (p) =>
      `The file has too many XML attributes (at most ${count(p.maximum)}${Number(p.maximum) <= 1_000 ? ' per element' : ''}).`,
    missing_column: (p) => `The column ${p.column} is missing.`,
    missing_sheet: () => 'The file has no sheet named spelers or relaties.',
    formula_without_value: () =>
      'This cell holds a formula without a result. Type the value itself; we do not calculate formulas.',
    duplicate_key: (p) =>
      `${p.what === 'assessment' ? 'This perspective assesses this relation twice' : p.what === 'perspective' ? 'This perspective appears twice' : p.what === 'topic' ? 'This issue appears twice' : 'This actor or relation appears twice'} in the file${p.firstRow !== undefined ? ` (also in row ${p.firstRow})` : ''}.`,
    actor_not_found: (p) =>
      `There is no actor${p.name ? ` named "${p.name}"` : ''} in the file or in the workspace.`,
    perspective_not_found: (p) =>
      `There is no perspective${p.name ? ` named "${p.name}"` : ''} in the file or in the workspace. Add it (sheet perspectieven) or choose an existing perspective.`,
    topic_not_found: (p) =>
      `There is no issue${p.name ? ` named "${p.name}"` : ''} in the file or in the workspace. Add it (sheet vraagstukken) or choose an existing issue.`,
    ambiguous_topic: (p) =>
      `More than one issue is named "${p.name}". Use the issue's id to say which one you mean.`,
    relation_not_found: () =>
      'This relation is neither in the file nor in the workspace. Check from, to and type, or the relation id.',
    ambiguous_name: (p) => {
      const ids = Array.isArray(p.ids) ? p.ids : [];
      const rows = Array.isArray(p.rows) ? p.rows : [];
      const head = `More than one actor is named "${p.name}".`;
      if (ids.length + rows.length === 0) return `${head} Use the id column to say which one you mean.`;
      const byId = ids.length
        ? ` Did you mean ${alternatives(ids, 'or')}? Put that id in the column ${p.idColumn}.`
        : '';
      const byRow = rows.length ? `${newInRows(rows, p.sheet)} Give each actor a name of its own.` : '';
      return head + byId + byRow;
    },
    tie_target: () => 'Choose an actor from the list, or propose one new actor (not both).',
    tie_twice: () => 'This actor is already on your list. Name each actor once.',
    relation_type_not_asked: (p) =>
      `This survey does not ask about this kind of relation. Choose from: ${list(p.values)}.`,
    proposal_is_roster_actor: () =>
      'This actor is already on the list. Choose it there instead of proposing it.',
    roster_empty: () => 'Choose at least one actor respondents can name, or choose another list.',
    actor_not_on_roster: () =>
      'This actor is not on the list of this survey. Choose an actor from the list, or propose a new one.',
    topic_not_asked: () => 'This survey does not (or no longer) ask about this issue. Reload the page.',
    position_twice: () =>
      'This actor is already on your list for this issue. Place each actor once per issue.',
    merge_target_required: () => 'Choose the actor or relation to merge this contribution with.',
    relation_other_actors: () => 'This relation does not connect the two actors of the contribution.',
    not_mergeable: () => 'A place on the issue can only be accepted or rejected.',
    question_not_asked: () => 'This survey does not ask about this part. Reload the page.',
    mail_placeholder_unknown: (p) =>
      `${typeof p.placeholder === 'string' ? `${p.placeholder} is not known.` : 'This text between braces is not known.'} Between braces you can only use: ${placeholders}.`,
    mail_link_missing: () =>
      "Put {link} in the text. That is where the respondent's personal link goes; without it nobody can answer.",
    invalid_grouping: () =>
      'Choose a grouping: kracht, domein, wijk, wet, financier or tag:<prefix> (for example tag:moeder).',
  },

  authentication: {
    unauthenticated: 'Log in to continue. If you were logged in, your session has expired.',
    invalid_credentials: 'The e-mail address or the password is not correct.',
    csrf: 'Reload the page and try again.',
  },

  conflicts: {
    setup_done: 'There already is an administrator. Log in with that account.',
    setup_remote:
      'Create the first administrator on the computer where Krachtenveld runs, or with the command `krachtenveld user add --admin`.',
    last_owner: 'A workspace always has at least one owner. First make someone else an owner.',
    email_taken: 'There already is an account with this e-mail address. Log in with that account.',
    invitation_unusable:
      'This invitation has expired, has been used or was revoked. Ask the owner for a new link.',
    actor_exists: 'This actor is already back in the workspace.',
    not_restorable: 'Only a deleted actor can be restored.',
    relation_exists: 'This relation is already back in the workspace.',
    relation_actor_missing:
      'An actor of this relation has been deleted. Restore that actor first (in the history); then you can restore the relation.',
    perspective_name_taken:
      'This workspace already has a perspective with this name (capitals do not count). Choose another name.',
    editors_perspective:
      'The editors’ perspective cannot be deleted: the claims made in the ordinary forms belong to it.',
    perspective_has_claims: ({ assessments, positions }) =>
      `This perspective still holds ${claimCounts([
        [assessments, 'assessment of a relation', 'assessments of relations'],
        [positions, 'position on a topic', 'positions on topics'],
      ])}. Deleting it deletes those too; to do so, delete it with withClaims=true.`,
    respondent_exists:
      'Someone has already been invited for this actor in this survey. Send that person the link, or make a new link.',
    survey_close_date_passed:
      'The closing date of this survey has passed. Choose a later closing date first, then open it.',
    survey_not_open: 'This survey is closed. Open it again first to do this.',
    survey_has_answers:
      'This survey has answers. A survey with answers cannot go back to draft; close it or delete it.',
    proposal_decided: 'This proposal has already been decided on. Reload the list.',
    meeting_closed: 'This meeting is closed. Nothing more can be added.',
    meeting_state: 'A meeting goes from planned to open to closed, never back.',
    contribution_decided: 'This contribution has already been decided on. Reload the list.',
    contribution_not_yours: 'Only whoever sent a contribution can withdraw it.',
    contribution_not_accepted: 'You can only react to what the facilitator has accepted.',
    reaction_own: 'You cannot react to your own contribution.',
    mail_not_configured:
      'Krachtenveld cannot send e-mail here: no mail server has been set up. Make new links, download them (CSV or Excel) and send them with your own mail program.',
    survey_mail_not_open:
      'You can only send e-mail while the survey is open and its closing date has not passed. Open the survey first, or choose a later closing date.',
    assessment_exists:
      'This perspective has already assessed this relation. Change that assessment instead of adding a new one.',
  },

  requestErrors: {
    FST_ERR_CTP_INVALID_JSON_BODY: 'Check the brackets, quotation marks and commas.',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'The content is empty.',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send JSON with Content-Type: application/json.',
    FST_ERR_CTP_BODY_TOO_LARGE: 'Send less data at a time.',
    FST_REQ_FILE_TOO_LARGE: 'The file is too large: at most 50 MB per file.',
    FST_FILES_LIMIT: 'Send one file, or two CSV files (actors and relations).',
    FST_PARTS_LIMIT: 'The form has too many parts.',
    FST_FIELDS_LIMIT: 'The form has too many fields.',
    FST_PROTO_VIOLATION: 'The form contains a forbidden field name (__proto__ or constructor).',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The length of the content is not correct.',
  },

  details: {
    fixFields: 'Correct the fields listed and try again.',
    someListed: ({ total, listed }) =>
      `${count(total)} problems were found. Below are the first ${count(listed)}; the rest are not listed. Fix these first and try again.`,
    notFound: (resource) => `This ${en.resources[resource]} does not exist (any more).`,
    noSuchAddress: 'This address does not exist in the API.',
    versionConflict: (resource) =>
      `This ${en.resources[resource]} has changed since you opened it. Load the latest version and make your change again.`,
    forbidden: ({ needed, actual }) => {
      if (needed === 'beheerder') return 'Only a Krachtenveld administrator may do this.';
      const yours = actual ? `You are ${article(en.roles[actual])} in this workspace. ` : '';
      return `${yours}For this you need to be ${article(en.roles[needed])}. Ask an owner of the workspace for a different role.`;
    },
    busyAccount: ({ seconds }) =>
      `You already have imports or exports running. Wait until they are done and try again in ${seconds} seconds.`,
    busyInstallation: ({ seconds }) =>
      `Krachtenveld is processing many files at the moment. Try again in ${seconds} seconds.`,
    memoryLimit: ({ megabytes }) =>
      `This file needs more memory than the server allows per file (${megabytes} MB). Split the file into smaller parts, or use CSV or a backup (JSON).`,
    timeLimit: ({ seconds }) =>
      `Processing took longer than the server allows per file (${seconds} seconds). Split the file into smaller parts and try again.`,
    tooManyRequests: 'Wait a moment and then try again.',
    meetingCode:
      'Check the code on the screen. The meeting may have closed already; if so, ask the facilitator.',
    contributionRate: ({ perMinute }) =>
      `You already sent ${perMinute} contributions in one minute. Wait a moment and send it again.`,
    surveyLink:
      'The survey may be closed, or the link may have been replaced by a new one. Ask whoever sent you the link for a new one.',
    forbiddenKey: 'The content contains a forbidden field name (__proto__ or constructor).',
    badRequest: 'The request is not valid.',
    internal: 'Try again later. If it keeps going wrong, tell the administrator.',
    oidcUnavailable: "Your organisation's identity provider cannot be reached now. Try again later.",
    mailUnavailable:
      'The mail server cannot be reached now. No e-mail was sent and every link still works as before. Try again later, or tell the administrator.',
  },
};

/** "a reader", "an editor", "an owner". */
function article(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}
