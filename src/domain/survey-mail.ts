/**
 * E-mail to the respondents of an uitvraag: an invitation or a reminder, made per respondent from a
 * template the eigenaar may edit, with placeholders for what differs per respondent. Pure, so the server
 * fills the mails it sends and the web app previews them by the same rules.
 *
 * Every mail carries a new personal link ({link}): tokens are stored only as hashes, so a link handed out
 * is always a new one that replaces the respondent's previous one.
 */
import { z } from 'zod';
import type { Issue } from './errors.ts';
import { NAME_MAX, nameSchema, TEXT_MAX } from './text-rules.ts';

/** `uitnodiging`: the first mail of a round; `herinnering`: to those who have not finished yet. */
export const SURVEY_MAIL_KINDS = ['uitnodiging', 'herinnering'] as const;
export type SurveyMailKind = (typeof SURVEY_MAIL_KINDS)[number];

/**
 * What a template may name, each between braces:
 * - `naam`: the contact person's name, or the speler's name when no contact name is known;
 * - `speler`: the speler the respondent answers for;
 * - `titel`: the uitvraag's title;
 * - `link`: the respondent's new personal link (a full address), required in the body;
 * - `sluitdatum`: the last day the link works, written out ("31 maart 2027");
 * - `organisatie`: the name of the werkruimte.
 */
export const MAIL_PLACEHOLDERS = ['naam', 'speler', 'titel', 'link', 'sluitdatum', 'organisatie'] as const;
export type MailPlaceholder = (typeof MAIL_PLACEHOLDERS)[number];

/** The languages the default texts exist in; also how {sluitdatum} is written. */
export const MAIL_LANGUAGES = ['nl', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export const MAIL_SUBJECT_MAX = NAME_MAX;
export const MAIL_BODY_MAX = TEXT_MAX;

const NUL = '\u0000';
const LONE_SURROGATE = /\p{Cs}/u;

/** Subject: one line of at most 200 characters; body: at most 10,000, and never a NUL. */
export const mailTemplateSchema = z.strictObject({
  subject: nameSchema(MAIL_SUBJECT_MAX),
  body: z
    .string()
    .min(1)
    .max(MAIL_BODY_MAX)
    .refine((value) => !value.includes(NUL), { message: 'nul_character' })
    .refine((value) => !LONE_SURROGATE.test(value), { message: 'invalid_character' }),
});
export type MailTemplate = z.infer<typeof mailTemplateSchema>;

/** Anything between braces is meant as a placeholder; `{` or `}` on their own are plain text. */
const PLACEHOLDER = /\{([^{}\r\n]*)\}/g;

const isPlaceholder = (name: string): name is MailPlaceholder =>
  (MAIL_PLACEHOLDERS as readonly string[]).includes(name);

/**
 * What the schema cannot see: every `{…}` must be a known placeholder (each unknown one is named once),
 * and the body must hold {link}, or the mail would not reach its purpose.
 */
export function mailTemplateIssues(template: MailTemplate): Issue[] {
  const issues: Issue[] = [];
  for (const field of ['subject', 'body'] as const) {
    const unknown = new Set<string>();
    for (const [, name = ''] of template[field].matchAll(PLACEHOLDER)) {
      if (!isPlaceholder(name)) unknown.add(name);
    }
    for (const name of unknown) {
      issues.push({
        path: field,
        code: 'mail_placeholder_unknown',
        params: { placeholder: `{${name}}`, values: MAIL_PLACEHOLDERS.map((known) => `{${known}}`) },
      });
    }
  }
  if (!template.body.includes('{link}')) issues.push({ path: 'body', code: 'mail_link_missing' });
  return issues;
}

export type MailValues = Record<MailPlaceholder, string>;

/**
 * The text with every placeholder replaced, in one pass: a value that itself holds braces (a name with
 * "{link}" in it) stays as it is. Unknown placeholders stay too (the template was checked before).
 */
export function fillMailText(text: string, values: MailValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) ? values[name] : whole));
}

/** Subject and body for one respondent; the subject stays one line whatever the values hold. */
export function fillMailTemplate(template: MailTemplate, values: MailValues): MailTemplate {
  return {
    subject: fillMailText(template.subject, values).replace(/[\r\n]+/g, ' '),
    body: fillMailText(template.body, values),
  };
}

/** A date (YYYY-MM-DD) as a reader writes it: "31 maart 2027", "31 March 2027". */
export function mailDate(isoDate: string, language: MailLanguage): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * Who may get a mail of this kind, by their status: a revoked link stays revoked (a mail never makes it
 * work again; make a new link on purpose for that), and a reminder goes only to those who have not
 * finished and have not withdrawn.
 */
export function mailableStatus(kind: SurveyMailKind, status: string): boolean {
  if (status === 'ingetrokken') return false;
  return kind === 'uitnodiging' || (status !== 'klaar' && status !== 'teruggetrokken');
}

/** What happened per chosen respondent. Only `sent` gives a new link; in every other case the old one still works. */
export const SURVEY_MAIL_OUTCOMES = [
  /** The mail server accepted the mail; the link in it replaces the previous one. */
  'sent',
  /** Not sent: no e-mail address is known (or it was deleted). */
  'no_email',
  /** Not sent: a revoked link, or (for a reminder) finished or withdrawn. */
  'skipped',
  /** The mail server refused this mail (for example the address). */
  'refused',
  /** Not sent: the mail server could not be reached. */
  'not_sent',
] as const;
export type SurveyMailOutcome = (typeof SURVEY_MAIL_OUTCOMES)[number];

/**
 * The default texts, plain and at B1 level. The Dutch ones are what a round starts with; the English ones
 * are offered by the web app as a translation.
 */
export const SURVEY_MAIL_TEMPLATES: Record<MailLanguage, Record<SurveyMailKind, MailTemplate>> = {
  nl: {
    uitnodiging: {
      subject: 'Uitnodiging: {titel}',
      body: [
        'Beste {naam},',
        '',
        'Wij brengen in kaart wie in het sociaal domein met wie samenwerkt. Daarom vragen wij u mee te doen aan de uitvraag "{titel}". U beantwoordt de vragen voor {speler}.',
        '',
        'U geeft aan met welke organisaties u samenwerkt, hoe vaak u contact hebt en hoe die samenwerking gaat.',
        '',
        'Open uw persoonlijke link:',
        '{link}',
        '',
        'Deze link is alleen voor u. Stuur hem niet door. U kunt uw antwoorden aanpassen tot en met {sluitdatum}. Kreeg u eerder een link van ons? Die werkt nu niet meer; gebruik deze.',
        '',
        'Met vriendelijke groet,',
        '{organisatie}',
      ].join('\n'),
    },
    herinnering: {
      subject: 'Herinnering: {titel}',
      body: [
        'Beste {naam},',
        '',
        'Een tijd geleden vroegen wij u mee te doen aan de uitvraag "{titel}", voor {speler}. U bent nog niet klaar met de vragen.',
        '',
        'Wilt u de vragen invullen? Dat kan tot en met {sluitdatum}. Open daarvoor uw persoonlijke link:',
        '{link}',
        '',
        'Let op: dit is een nieuwe link. De link uit onze vorige e-mail werkt niet meer. Wat u al had ingevuld, blijft bewaard.',
        '',
        'Met vriendelijke groet,',
        '{organisatie}',
      ].join('\n'),
    },
  },
  en: {
    uitnodiging: {
      subject: 'Invitation: {titel}',
      body: [
        'Dear {naam},',
        '',
        'We are mapping who works with whom in the social domain. That is why we ask you to take part in the survey "{titel}". You answer the questions for {speler}.',
        '',
        'You tell us which organisations you work with, how often you are in touch and how that cooperation goes.',
        '',
        'Open your personal link:',
        '{link}',
        '',
        'This link is for you only. Please do not forward it. You can change your answers until {sluitdatum}. Did you get a link from us before? That one no longer works; use this one.',
        '',
        'Kind regards,',
        '{organisatie}',
      ].join('\n'),
    },
    herinnering: {
      subject: 'Reminder: {titel}',
      body: [
        'Dear {naam},',
        '',
        'Some time ago we asked you to take part in the survey "{titel}", for {speler}. You have not finished the questions yet.',
        '',
        'Would you fill them in? You can do so until {sluitdatum}. Open your personal link:',
        '{link}',
        '',
        'Please note: this is a new link. The link in our earlier e-mail no longer works. What you already filled in has been kept.',
        '',
        'Kind regards,',
        '{organisatie}',
      ].join('\n'),
    },
  },
};
