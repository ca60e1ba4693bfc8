/**
 * Mailing the respondents of a round from the app, for an eigenaar of an installation with a mail server
 * (shown only then; otherwise links are copied or downloaded in the respondents section). Choose an
 * invitation or a reminder, edit its subject and text (starting from the default in the app's language,
 * with the English or Dutch one a choice away), see the mail one respondent would get, choose the
 * recipients and send. Every mail carries a new personal link, so sending asks first; the result says per
 * respondent whether the mail went out and whether their link changed.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import {
  dutchToday,
  MAIL_BODY_MAX,
  MAIL_LANGUAGES,
  MAIL_SUBJECT_MAX,
  type MailLanguage,
  type MailTemplate,
  type Respondent,
  SURVEY_MAIL_KINDS,
  type Survey,
  type SurveyMailKind,
} from '../../../../domain/index.ts';
import { ApiProblem, call } from '../../../api/client.ts';
import { useEndpoint } from '../../../api/queries.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { FieldError } from '../../../components/FieldError.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { useAnnouncedStatus } from '../../../components/use-announced-status.ts';
import { fieldErrors, problemText } from '../../../state/problem-errors.ts';
import {
  chosenRecipients,
  draftOf,
  type MailDrafts,
  mailLanguageOf,
  mailRecipients,
  previewMail,
  templateProblems,
  withDraft,
} from '../../../state/surveys/survey-mail.ts';

type MailSettings = contract.EndpointOutput<typeof contract.surveys.mailSettings>;
type MailReport = contract.EndpointOutput<typeof contract.surveys.sendMail>;

interface MailSectionProps {
  workspaceId: string;
  survey: Survey;
  canManage: boolean;
  /** After sending: links and statuses changed. */
  onChanged(): void;
}

/** Nothing for anyone but an eigenaar (the mails use contact data), nor without a mail server. */
export function MailSection({ workspaceId, survey, canManage, onChanged }: MailSectionProps) {
  if (!canManage) return null;
  return <MailSettingsLoader workspaceId={workspaceId} survey={survey} onChanged={onChanged} />;
}

function MailSettingsLoader({ workspaceId, survey, onChanged }: Omit<MailSectionProps, 'canManage'>) {
  const settings = useEndpoint(contract.surveys.mailSettings, {
    params: { workspaceId, surveyId: survey.id },
  });
  if (!settings.data?.enabled) return null;
  return (
    <MailForm workspaceId={workspaceId} survey={survey} settings={settings.data} onChanged={onChanged} />
  );
}

interface MailFormProps {
  workspaceId: string;
  survey: Survey;
  settings: MailSettings;
  onChanged(): void;
}

function MailForm({ workspaceId, survey, settings, onChanged }: MailFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const params = { workspaceId, surveyId: survey.id };
  const list = useEndpoint(contract.surveys.listRespondents, { params });
  const workspace = useEndpoint(contract.workspaces.getWorkspace, { params: { workspaceId } });
  const [kind, setKind] = useState<SurveyMailKind>('uitnodiging');
  const [language, setLanguage] = useState<MailLanguage>(() => mailLanguageOf(i18n.language));
  const [drafts, setDrafts] = useState<MailDrafts>({});
  // Null until the user chooses: then everyone this kind of mail can go to is chosen.
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const [previewId, setPreviewId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [report, setReport] = useState<MailReport | null>(null);
  const { status, setStatus, announce, ref: statusRef } = useAnnouncedStatus('');

  const respondents = list.data?.items ?? [];
  const recipients = useMemo(() => mailRecipients(respondents, kind), [respondents, kind]);
  const sendTo = chosenRecipients(recipients, chosen);
  const template = draftOf(drafts, settings.templates, language, kind);
  const problems = templateProblems(template);
  const previewed = sendTo.find((respondent) => respondent.id === previewId) ?? sendTo[0];
  const names = useMemo(
    () => new Map(respondents.map((respondent) => [respondent.id, respondent.actorName])),
    [respondents],
  );
  const open = survey.state === 'open' && survey.closesOn >= dutchToday();

  function edit(field: keyof MailTemplate, value: string) {
    setDrafts((current) => withDraft(current, language, kind, { ...template, [field]: value }));
    setErrors((current) => ({ ...current, [field]: '' }));
  }

  function choose(respondentId: string, on: boolean) {
    setChosen(() => {
      const next = new Set(sendTo.map((respondent) => respondent.id));
      if (on) next.add(respondentId);
      else next.delete(respondentId);
      return next;
    });
  }

  function ask() {
    setErrors({});
    if (sendTo.length === 0) {
      setErrors({ form: t('surveyMail.chooseFirst') });
      return;
    }
    if (problems.linkMissing || problems.unknown.subject.length + problems.unknown.body.length > 0) {
      setErrors({ form: t('surveyMail.fixText') });
      return;
    }
    setConfirming(true);
  }

  async function send() {
    setConfirming(false);
    setBusy(true);
    setReport(null);
    setStatus(t('surveyMail.sending'));
    try {
      const answer = await call(contract.surveys.sendMail, {
        params,
        body: { kind, respondentIds: sendTo.map((respondent) => respondent.id), ...template, language },
      });
      setReport(answer);
      setChosen(null);
      announce(
        t('surveyMail.resultSummary', { sent: answer.sent, failed: answer.failed, skipped: answer.skipped }),
      );
      onChanged();
    } catch (error) {
      setStatus('');
      setErrors(
        error instanceof ApiProblem && error.invalidParams.length > 0
          ? fieldErrors(error, t('errors.generic'))
          : { form: problemText(error, t('errors.generic')) },
      );
    } finally {
      setBusy(false);
    }
  }

  const describedBy = (field: 'subject' | 'body') =>
    [errors[field] ? `${id}-${field}-error` : '', `${id}-${field}-problems`, `${id}-placeholders`]
      .filter(Boolean)
      .join(' ');
  const fieldProblems = (field: 'subject' | 'body') => [
    ...problems.unknown[field].map((placeholder) => t('surveyMail.unknownPlaceholder', { placeholder })),
    ...(field === 'body' && problems.linkMissing ? [t('surveyMail.linkMissing')] : []),
  ];

  return (
    <section aria-labelledby={`${id}-heading`} className="kv-survey-mail">
      <Heading level={4} id={`${id}-heading`}>
        {t('surveyMail.title')}
      </Heading>
      <Paragraph>{t('surveyMail.intro')}</Paragraph>
      {settings.from && <Paragraph>{t('surveyMail.from', { from: settings.from })}</Paragraph>}
      <p className="kv-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {!open ? (
        <Paragraph>{t('surveyMail.notOpen')}</Paragraph>
      ) : (
        <>
          <QueryState query={list} />
          <fieldset className="kv-fieldset">
            <legend>{t('surveyMail.kindLegend')}</legend>
            {SURVEY_MAIL_KINDS.map((option) => (
              <label key={option} className="kv-checkbox">
                <input
                  type="radio"
                  name={`${id}-kind`}
                  value={option}
                  checked={kind === option}
                  aria-describedby={`${id}-kind-${option}`}
                  onChange={() => {
                    setKind(option);
                    setChosen(null);
                    setPreviewId('');
                  }}
                />{' '}
                {t(`surveyMail.kind.${option}`)}
                <span id={`${id}-kind-${option}`} className="kv-hint">
                  {t(`surveyMail.kindHint.${option}`)}
                </span>
              </label>
            ))}
          </fieldset>

          <fieldset className="kv-fieldset kv-subform">
            <legend>{t('surveyMail.textTitle')}</legend>
            <div className="kv-field">
              <label htmlFor={`${id}-language`}>{t('surveyMail.language')}</label>
              <select
                id={`${id}-language`}
                className="kv-select"
                value={language}
                aria-describedby={`${id}-language-hint`}
                onChange={(event) => setLanguage(event.target.value as MailLanguage)}
              >
                {MAIL_LANGUAGES.map((option) => (
                  <option key={option} value={option}>
                    {t(`surveyMail.languages.${option}`)}
                  </option>
                ))}
              </select>
              <span id={`${id}-language-hint`} className="kv-hint">
                {t('surveyMail.languageHint')}
              </span>
            </div>
            <div className="kv-field kv-mail-field">
              <label htmlFor={`${id}-subject`}>{t('surveyMail.subject')}</label>
              <input
                id={`${id}-subject`}
                type="text"
                className="kv-select"
                maxLength={MAIL_SUBJECT_MAX}
                value={template.subject}
                aria-invalid={errors.subject || problems.unknown.subject.length > 0 ? true : undefined}
                aria-describedby={describedBy('subject')}
                onChange={(event) => edit('subject', event.target.value)}
              />
              <FieldError id={`${id}-subject-error`} message={errors.subject} />
              <TemplateProblems id={`${id}-subject-problems`} problems={fieldProblems('subject')} />
            </div>
            <div className="kv-field kv-mail-field">
              <label htmlFor={`${id}-body`}>{t('surveyMail.body')}</label>
              <textarea
                id={`${id}-body`}
                className="kv-textarea"
                rows={14}
                maxLength={MAIL_BODY_MAX}
                value={template.body}
                aria-invalid={
                  errors.body || problems.linkMissing || problems.unknown.body.length > 0 ? true : undefined
                }
                aria-describedby={describedBy('body')}
                onChange={(event) => edit('body', event.target.value)}
              />
              <FieldError id={`${id}-body-error`} message={errors.body} />
              <TemplateProblems id={`${id}-body-problems`} problems={fieldProblems('body')} />
            </div>
            <div id={`${id}-placeholders`}>
              <p className="kv-hint">{t('surveyMail.placeholdersIntro')}</p>
              <dl className="kv-facts kv-mail-placeholders">
                {settings.placeholders.map((placeholder) => (
                  <div key={placeholder}>
                    <dt>
                      <code>{`{${placeholder}}`}</code>
                    </dt>
                    <dd>{t(`surveyMail.placeholder.${placeholder}`)}</dd>
                  </div>
                ))}
              </dl>
            </div>
            <Button
              purpose="subtle"
              onClick={() => {
                setDrafts((current) =>
                  withDraft(current, language, kind, settings.templates[language][kind]),
                );
                setErrors({});
              }}
            >
              {t('surveyMail.reset')}
            </Button>
          </fieldset>

          <Recipients
            id={id}
            recipients={recipients.mailable}
            chosen={sendTo}
            noEmail={recipients.noEmail.length}
            notForKind={recipients.notForKind.length}
            onChoose={choose}
            onChooseAll={(on) => setChosen(on ? null : new Set())}
          />

          <section aria-labelledby={`${id}-preview`} className="kv-subform">
            <Heading level={5} id={`${id}-preview`}>
              {t('surveyMail.previewTitle')}
            </Heading>
            {previewed ? (
              <Preview
                id={id}
                template={template}
                respondent={previewed}
                choices={sendTo}
                onPreview={setPreviewId}
                context={{
                  surveyTitle: survey.title,
                  closesOn: survey.closesOn,
                  workspaceName: workspace.data?.name ?? '',
                  language,
                }}
              />
            ) : (
              <Paragraph>{t('surveyMail.previewNone')}</Paragraph>
            )}
          </section>

          <p id={`${id}-send-warning`} className="kv-warning">
            {t('surveyMail.sendWarning')}
          </p>
          <Button purpose="primary" aria-describedby={`${id}-send-warning`} disabled={busy} onClick={ask}>
            {t(`surveyMail.send.${kind}`, { count: sendTo.length })}
          </Button>
          {errors.form && (
            <p className="kv-alert" role="alert">
              {errors.form}
            </p>
          )}
        </>
      )}
      {report && <MailResult report={report} names={names} onHide={() => setReport(null)} />}
      {confirming && (
        <ConfirmDialog
          title={t('surveyMail.confirmTitle')}
          message={t(`surveyMail.confirm.${kind}`, { count: sendTo.length })}
          confirmLabel={t('surveyMail.confirmButton')}
          cancelLabel={t('panel.cancel')}
          onConfirm={() => void send()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}

function TemplateProblems({ id, problems }: { id: string; problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="kv-field-error kv-mail-problems">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}

interface RecipientsProps {
  id: string;
  recipients: readonly Respondent[];
  chosen: readonly Respondent[];
  noEmail: number;
  notForKind: number;
  onChoose(respondentId: string, on: boolean): void;
  onChooseAll(on: boolean): void;
}

function Recipients({ id, recipients, chosen, noEmail, notForKind, onChoose, onChooseAll }: RecipientsProps) {
  const { t } = useTranslation();
  const isChosen = new Set(chosen.map((respondent) => respondent.id));
  return (
    <fieldset className="kv-fieldset kv-subform">
      <legend>{t('surveyMail.recipientsLegend')}</legend>
      {recipients.length === 0 ? (
        <Paragraph>{t('surveyMail.noRecipients')}</Paragraph>
      ) : (
        <>
          <div className="kv-actions">
            <Button purpose="subtle" onClick={() => onChooseAll(true)}>
              {t('surveyMail.chooseAll')}
            </Button>
            <Button purpose="subtle" onClick={() => onChooseAll(false)}>
              {t('surveyMail.chooseNone')}
            </Button>
          </div>
          <ul className="kv-mail-recipients">
            {recipients.map((respondent) => (
              <li key={respondent.id}>
                <label className="kv-checkbox">
                  <input
                    type="checkbox"
                    name={`${id}-recipient`}
                    checked={isChosen.has(respondent.id)}
                    onChange={(event) => onChoose(respondent.id, event.target.checked)}
                  />{' '}
                  {t('surveyMail.recipient', {
                    actor: respondent.actorName,
                    contact: [respondent.contact?.name, respondent.contact?.email].filter(Boolean).join(', '),
                    status: t(`surveys.respondentStatus.${respondent.status}`),
                  })}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {noEmail > 0 && <Paragraph>{t('surveyMail.noEmail', { count: noEmail })}</Paragraph>}
      {notForKind > 0 && <Paragraph>{t('surveyMail.notForKind', { count: notForKind })}</Paragraph>}
    </fieldset>
  );
}

interface PreviewProps {
  id: string;
  template: MailTemplate;
  respondent: Respondent;
  choices: readonly Respondent[];
  onPreview(respondentId: string): void;
  context: Parameters<typeof previewMail>[2];
}

function Preview({ id, template, respondent, choices, onPreview, context }: PreviewProps) {
  const { t } = useTranslation();
  const mail = previewMail(template, respondent, context, t('surveyMail.previewLink'));
  return (
    <>
      <div className="kv-field">
        <label htmlFor={`${id}-preview-for`}>{t('surveyMail.previewFor')}</label>
        <select
          id={`${id}-preview-for`}
          className="kv-select"
          value={respondent.id}
          onChange={(event) => onPreview(event.target.value)}
        >
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.actorName}
            </option>
          ))}
        </select>
      </div>
      <div className="kv-mail-preview">
        <dl className="kv-facts">
          <div>
            <dt>{t('surveyMail.previewTo')}</dt>
            <dd>{respondent.contact?.email ?? ''}</dd>
          </div>
          <div>
            <dt>{t('surveyMail.previewSubject')}</dt>
            <dd>{mail.subject}</dd>
          </div>
        </dl>
        <p className="kv-prewrap">{mail.body}</p>
      </div>
    </>
  );
}

function MailResult({
  report,
  names,
  onHide,
}: {
  report: MailReport;
  names: ReadonlyMap<string, string>;
  onHide(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby={`${id}-heading`} className="kv-subform">
      <Heading level={5} id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('surveyMail.resultTitle')}
      </Heading>
      <Paragraph>
        {t('surveyMail.resultSummary', { sent: report.sent, failed: report.failed, skipped: report.skipped })}
      </Paragraph>
      <ScrollRegion label={t('surveyMail.resultCaption')}>
        <table className="kv-table kv-compact">
          <caption className="kv-visually-hidden">{t('surveyMail.resultCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveyMail.resultActor')}</th>
              <th scope="col">{t('surveyMail.resultOutcome')}</th>
            </tr>
          </thead>
          <tbody>
            {report.results.map((result) => (
              <tr key={result.respondentId}>
                <th scope="row">{names.get(result.respondentId) ?? ''}</th>
                <td>
                  {t(
                    result.outcome === 'sent' && !result.linkReplaced
                      ? 'surveyMail.outcome.sentNotReplaced'
                      : `surveyMail.outcome.${result.outcome}`,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Button purpose="subtle" onClick={onHide}>
        {t('surveyMail.hideResult')}
      </Button>
    </section>
  );
}
