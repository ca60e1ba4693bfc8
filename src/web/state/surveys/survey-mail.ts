/**
 * The mail form of an uitvraag as pure state: who can get which kind of mail, the template drafts per
 * language and kind (an edit survives switching to another kind and back), the preview of one mail, and
 * what the template lacks before it is sent. The rules themselves live in src/domain (survey-mail.ts), so
 * the preview fills a template exactly as the server does.
 */
import {
  fillMailTemplate,
  type MailLanguage,
  type MailTemplate,
  mailableStatus,
  mailDate,
  mailTemplateIssues,
  type Respondent,
  type SurveyMailKind,
} from '../../../domain/index.ts';
import { dutchCollator } from '../collator.ts';

export interface MailRecipients {
  /** Who would get this kind of mail: an e-mail address, and a status the kind allows. */
  mailable: Respondent[];
  /** Without an e-mail address (none given, or deleted). */
  noEmail: Respondent[];
  /** With an address, but not for this kind (finished, withdrawn, revoked). */
  notForKind: Respondent[];
}

/** The round's respondents split by whether this kind of mail can go to them, by speler name. */
export function mailRecipients(respondents: readonly Respondent[], kind: SurveyMailKind): MailRecipients {
  const sorted = [...respondents].sort((a, b) => dutchCollator.compare(a.actorName, b.actorName));
  const split: MailRecipients = { mailable: [], noEmail: [], notForKind: [] };
  for (const respondent of sorted) {
    if (!respondent.contact?.email) split.noEmail.push(respondent);
    else if (!mailableStatus(kind, respondent.status)) split.notForKind.push(respondent);
    else split.mailable.push(respondent);
  }
  return split;
}

/** Who is chosen: what the user chose, else (nothing chosen yet) everyone this kind of mail can go to. */
export function chosenRecipients(
  recipients: MailRecipients,
  chosen: ReadonlySet<string> | null,
): Respondent[] {
  return chosen === null
    ? recipients.mailable
    : recipients.mailable.filter((respondent) => chosen.has(respondent.id));
}

export type MailDrafts = Readonly<Partial<Record<`${MailLanguage}.${SurveyMailKind}`, MailTemplate>>>;

/** The text being edited for this language and kind: the user's draft, else the default. */
export function draftOf(
  drafts: MailDrafts,
  defaults: Record<MailLanguage, Record<SurveyMailKind, MailTemplate>>,
  language: MailLanguage,
  kind: SurveyMailKind,
): MailTemplate {
  return drafts[`${language}.${kind}`] ?? defaults[language][kind];
}

export function withDraft(
  drafts: MailDrafts,
  language: MailLanguage,
  kind: SurveyMailKind,
  template: MailTemplate,
): MailDrafts {
  return { ...drafts, [`${language}.${kind}`]: template };
}

/** The language of the app ('nl', 'en-GB' …) as a mail language: English for English, else Dutch. */
export function mailLanguageOf(appLanguage: string): MailLanguage {
  return appLanguage.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/**
 * One respondent's mail as it will be sent, except the link: that is made when the mail goes out, so the
 * preview shows `linkText` in its place.
 */
export function previewMail(
  template: MailTemplate,
  respondent: Respondent,
  context: { surveyTitle: string; closesOn: string; workspaceName: string; language: MailLanguage },
  linkText: string,
): MailTemplate {
  return fillMailTemplate(template, {
    naam: respondent.contact?.name || respondent.actorName,
    speler: respondent.actorName,
    titel: context.surveyTitle,
    link: linkText,
    sluitdatum: mailDate(context.closesOn, context.language),
    organisatie: context.workspaceName,
  });
}

export interface TemplateProblems {
  /** Placeholders the server would refuse, per field, as typed ("{voornaam}"). */
  unknown: Record<'subject' | 'body', string[]>;
  linkMissing: boolean;
}

/** What the server would refuse about the placeholders, said while the user types. */
export function templateProblems(template: MailTemplate): TemplateProblems {
  const problems: TemplateProblems = { unknown: { subject: [], body: [] }, linkMissing: false };
  for (const issue of mailTemplateIssues(template)) {
    if (issue.code === 'mail_link_missing') problems.linkMissing = true;
    else if (issue.path === 'subject' || issue.path === 'body')
      problems.unknown[issue.path].push(String(issue.params?.placeholder ?? ''));
  }
  return problems;
}
