/**
 * Invitations and reminders of an uitvraag by e-mail, for an installation with a mail server. Each chosen
 * respondent with an e-mail address gets a mail made from the eigenaar's template, holding a new personal
 * link (tokens are stored only as hashes, so no existing link can be sent again).
 *
 * A link is put in place only once the mail server has accepted the mail that carries it: the mails go
 * first, then one transaction stores the new links of the accepted ones with the one audit event. So a
 * mail that fails never leaves a respondent with a new link they did not get; their old link keeps working.
 * The price: a new link works from the moment the whole batch is sent, seconds after its mail left. When
 * the mail server cannot be reached, the rest of the batch is not tried.
 *
 * The audit event holds counts and respondent ids; never an address, a name or the text of the mail.
 */
import {
  ConflictError,
  dutchToday,
  fillMailTemplate,
  type MailLanguage,
  type MailTemplate,
  mailableStatus,
  mailDate,
  mailTemplateIssues,
  NotFoundError,
  type Respondent,
  type SurveyMailKind,
  type SurveyMailOutcome,
  ValidationError,
} from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import { type Author, recordChange } from './author.ts';
import { MailRefusedError, type MailSender, MailUnreachableError } from './mailer.ts';
import { newLink, replaceLinks } from './survey-changes.ts';

export interface SurveyMailInput {
  kind: SurveyMailKind;
  respondentIds: readonly string[];
  template: MailTemplate;
  /** How {sluitdatum} is written. */
  language: MailLanguage;
  /** Scheme, host and port the links start with: the configured public address or the coordinator's. */
  origin: string;
}

export interface SurveyMailResult {
  respondentId: string;
  actorId: string;
  outcome: SurveyMailOutcome;
  /** True only when this respondent's previous link was replaced by the one in the mail. */
  linkReplaced: boolean;
}

export interface SurveyMailReport {
  results: SurveyMailResult[];
  sent: number;
  /** No address, or not a respondent for this kind of mail. */
  skipped: number;
  /** Refused by the mail server, or not sent because it could not be reached. */
  failed: number;
  /** The mail server could not be reached (at the start or partway): the rest was not sent. */
  unreachable: boolean;
  /** Nodemailer's code for why (ECONNECTION, EAUTH …), for the log; never shown to the client. */
  mailError?: string;
}

/**
 * Sends the mails and stores the new links of those the mail server accepted. Refused before anything is
 * sent: no mail server (409 `mail_not_configured`), a template with unknown placeholders or without
 * {link} (400), a round that is not open or past its last day (409 `survey_mail_not_open`), a respondent
 * not in this round (404).
 */
export async function sendSurveyMail(
  store: Store,
  author: Author,
  sender: MailSender | null,
  workspaceId: string,
  surveyId: string,
  input: SurveyMailInput,
  now: Date = new Date(),
): Promise<SurveyMailReport> {
  if (!sender) throw new ConflictError('mail_not_configured');
  const issues = mailTemplateIssues(input.template);
  if (issues.length > 0) throw new ValidationError(issues);
  const survey = await store.surveys.get(workspaceId, surveyId);
  if (!survey) throw new NotFoundError('survey', surveyId);
  if (survey.state !== 'open' || survey.closesOn < dutchToday(now)) {
    throw new ConflictError('survey_mail_not_open');
  }
  const workspace = await store.workspaces.get(workspaceId);
  if (!workspace) throw new NotFoundError('workspace', workspaceId);
  const roster = new Map(
    (await store.surveys.listRespondents(workspaceId, surveyId, true)).map((respondent) => [
      respondent.id,
      respondent,
    ]),
  );
  const chosen = [...new Set(input.respondentIds)].map((respondentId) => {
    const respondent = roster.get(respondentId);
    if (!respondent) throw new NotFoundError('respondent', respondentId);
    return respondent;
  });

  const results = new Map<string, SurveyMailResult>();
  const result = (respondent: Respondent, outcome: SurveyMailOutcome) =>
    results.set(respondent.id, {
      respondentId: respondent.id,
      actorId: respondent.actorId,
      outcome,
      linkReplaced: false,
    });
  const accepted: { respondentId: string; token: string }[] = [];
  let unreachable = false;
  let mailError: string | undefined;
  for (const respondent of chosen) {
    const email = respondent.contact?.email;
    if (!email) result(respondent, 'no_email');
    else if (!mailableStatus(input.kind, respondent.status)) result(respondent, 'skipped');
    else if (unreachable) result(respondent, 'not_sent');
    else {
      const link = newLink();
      const mail = fillMailTemplate(input.template, {
        naam: respondent.contact?.name || respondent.actorName,
        speler: respondent.actorName,
        titel: survey.title,
        link: `${input.origin}${link.path}`,
        sluitdatum: mailDate(survey.closesOn, input.language),
        organisatie: workspace.name,
      });
      try {
        await sender.send({ to: email, subject: mail.subject, text: mail.body });
        result(respondent, 'sent');
        accepted.push({ respondentId: respondent.id, token: link.token });
      } catch (error) {
        if (error instanceof MailRefusedError) result(respondent, 'refused');
        else {
          unreachable = true;
          mailError = error instanceof MailUnreachableError ? (error.code ?? 'unknown') : 'unknown';
          result(respondent, 'not_sent');
        }
      }
    }
  }

  if (accepted.length > 0) {
    await store.transaction(async (tx) => {
      // Sending took a while: a respondent deleted or revoked meanwhile keeps it that way.
      const stillThere = [];
      for (const link of accepted) {
        const respondent = await tx.surveys.getRespondent(workspaceId, surveyId, link.respondentId, false);
        if (respondent && respondent.status !== 'ingetrokken') stillThere.push(link);
      }
      const replaced = await replaceLinks(tx, workspaceId, surveyId, stillThere);
      for (const respondent of replaced) {
        const entry = results.get(respondent.id);
        if (entry) entry.linkReplaced = true;
      }
      const counts = countOf([...results.values()]);
      await recordChange(tx, author, {
        workspaceId,
        action: 'respondent.mail',
        entityType: 'survey',
        entityId: surveyId,
        actorIds: replaced.map((respondent) => respondent.actorId),
        before: null,
        after: {
          surveyId,
          kind: input.kind,
          respondentIds: replaced.map((respondent) => respondent.id),
          sent: counts.sent,
          skipped: counts.skipped,
          failed: counts.failed,
        },
      });
    });
  }
  const list = [...results.values()];
  return { results: list, ...countOf(list), unreachable, ...(mailError ? { mailError } : {}) };
}

function countOf(results: readonly SurveyMailResult[]) {
  const count = (outcomes: readonly SurveyMailOutcome[]) =>
    results.filter((entry) => outcomes.includes(entry.outcome)).length;
  return {
    sent: count(['sent']),
    skipped: count(['no_email', 'skipped']),
    failed: count(['refused', 'not_sent']),
  };
}
