/**
 * Invitations and reminders of an uitvraag sent from the app, on every database backend, through a real
 * SMTP server the test starts (smtp-server on 127.0.0.1): the mails arrive with the right recipients,
 * subject and text, and the link in a mail works while the respondent's previous one stops. A respondent
 * without an address is reported, not mailed; a reminder skips who finished. The audit event holds no
 * address. A refused template, an unreachable mail server and an installation without one change nothing:
 * nobody is left with a link replaced by one they never received.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, AuditEvent, Survey, Workspace } from '../../src/domain/index.ts';
import { buildApp, ConfigError, describeMail, loadConfig } from '../../src/server/index.ts';
import { buildTestApp, type TestApp, withSession } from '../helpers/build-test-app.ts';
import { type ReceivedMail, startSmtpServer, type TestSmtpServer } from '../helpers/smtp.ts';
import { BACKENDS } from '../helpers/test-database.ts';

const API = '/api/v1';
const PUBLIC_URL = 'https://krachtenveld.gemeente.example';
const LINK = /(https?:\/\/[^\s/]+)\/uitvraag#([A-Za-z0-9_-]{43})/;

interface MailSettingsAnswer {
  enabled: boolean;
  from: string | null;
  placeholders: string[];
  templates: Record<'nl' | 'en', Record<'uitnodiging' | 'herinnering', { subject: string; body: string }>>;
}

interface MailReport {
  results: { respondentId: string; actorId: string; outcome: string; linkReplaced: boolean }[];
  sent: number;
  skipped: number;
  failed: number;
  unreachable: boolean;
}

describe.each(BACKENDS)('mail from the uitvraag on %s', (backend) => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  /** Apps on the same database with other mail settings, closed at the end. */
  const siblings: FastifyInstance[] = [];
  let defaults: MailSettingsAnswer['templates'];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp(backend, { mail: smtp.settings(), publicUrl: PUBLIC_URL });
  });
  afterAll(async () => {
    for (const app of siblings) await app.close();
    await t.close();
    await smtp.close();
  });

  async function sibling(options: Partial<Parameters<typeof buildApp>[0]>): Promise<FastifyInstance> {
    const app = await buildApp({ store: t.store, ...options });
    await app.ready();
    siblings.push(app);
    return app;
  }

  const surveyUrl = (workspace: Workspace, survey: Survey, rest = '') =>
    `${API}/workspaces/${workspace.id}/surveys/${survey.id}${rest}`;

  async function round(name: string, state: 'open' | 'concept' = 'open') {
    const workspace = await t.createWorkspace({ name });
    const created = await t.inject({
      method: 'POST',
      url: `${API}/workspaces/${workspace.id}/surveys`,
      payload: { title: `Samenwerking ${name}`, closesOn: '2099-12-31' },
    });
    expect(created.statusCode, created.body).toBe(201);
    let survey = created.json() as Survey;
    if (state === 'open') {
      const opened = await t.inject({
        method: 'PATCH',
        url: surveyUrl(workspace, survey),
        payload: { version: survey.version, state: 'open' },
      });
      expect(opened.statusCode, opened.body).toBe(200);
      survey = opened.json();
    }
    return { workspace, survey };
  }

  /** Three respondents: Anna with name and address, a speler with only an address, one without either. */
  async function respondents(workspace: Workspace, survey: Survey) {
    const anna = await t.createActor(workspace.id, { name: 'Wijkteam Oost', force: 'professional' });
    const buurthuis = await t.createActor(workspace.id, { name: 'Buurthuis De Brug', force: 'bewoner' });
    const fonds = await t.createActor(workspace.id, { name: 'Fonds Oost', force: 'instelling' });
    const response = await t.inject({
      method: 'POST',
      url: surveyUrl(workspace, survey, '/respondents'),
      payload: {
        respondents: [
          { actorId: anna.id, contactName: 'Anna de Vries', email: 'anna@example.org' },
          { actorId: buurthuis.id, email: 'brug@example.org' },
          { actorId: fonds.id },
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const links = response.json().links as { respondentId: string; actorId: string; token: string }[];
    const of = (actor: Actor) => {
      const link = links.find((candidate) => candidate.actorId === actor.id);
      if (!link) throw new Error('no link');
      return { actor, id: link.respondentId, token: link.token };
    };
    return { anna: of(anna), brug: of(buurthuis), fonds: of(fonds) };
  }

  const openLink = (token: string) =>
    t.app.inject({ method: 'POST', url: `${API}/survey-response/open`, payload: { token } });

  async function expectWorks(token: string, actorName: string) {
    const response = await openLink(token);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().respondent.actorName).toBe(actorName);
  }

  async function expectReplaced(token: string) {
    const response = await openLink(token);
    expect(response.statusCode, response.body).toBe(404);
    expect(response.json()).toMatchObject({ code: 'survey_link' });
  }

  function send(
    workspace: Workspace,
    survey: Survey,
    body: Record<string, unknown>,
    app: FastifyInstance = t.app,
  ) {
    return app.inject(
      withSession(t.admin, { method: 'POST', url: surveyUrl(workspace, survey, '/mail'), payload: body }),
    );
  }

  const mailEvents = async (workspace: Workspace) =>
    (await t.inject(`${API}/workspaces/${workspace.id}/history?action=respondent.mail&pageSize=100`)).json()
      .items as AuditEvent[];

  const tokenIn = (mail: ReceivedMail) => {
    const found = LINK.exec(mail.text);
    if (!found) throw new Error(`no link in ${mail.text}`);
    return { origin: found[1], token: found[2] as string };
  };

  it('tells an eigenaar that mail is on, from whom, and the default texts in Dutch and English', async () => {
    const { workspace, survey } = await round('Instellingen');
    const response = await t.inject(surveyUrl(workspace, survey, '/mail'));
    expect(response.statusCode, response.body).toBe(200);
    const settings = response.json() as MailSettingsAnswer;
    expect(settings).toMatchObject({
      enabled: true,
      from: 'Krachtenveld <krachtenveld@gemeente.example>',
      placeholders: ['naam', 'speler', 'titel', 'link', 'sluitdatum', 'organisatie'],
    });
    for (const language of ['nl', 'en'] as const) {
      for (const kind of ['uitnodiging', 'herinnering'] as const) {
        expect(settings.templates[language][kind].body).toContain('{link}');
      }
    }
    expect(settings.templates.nl.uitnodiging.subject).toBe('Uitnodiging: {titel}');
    expect(settings.templates.en.herinnering.subject).toBe('Reminder: {titel}');
    defaults = settings.templates;
  });

  it('mails invitations with a new working link, skips who has no address, and records no address', async () => {
    const { workspace, survey } = await round('Oost');
    const { anna, brug, fonds } = await respondents(workspace, survey);
    const before = smtp.received.length;

    const response = await send(workspace, survey, {
      kind: 'uitnodiging',
      respondentIds: [anna.id, brug.id, fonds.id],
      ...defaults.nl.uitnodiging,
    });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json() as MailReport;
    expect(report).toMatchObject({ sent: 2, skipped: 1, failed: 0, unreachable: false });
    expect(report.results).toEqual([
      { respondentId: anna.id, actorId: anna.actor.id, outcome: 'sent', linkReplaced: true },
      { respondentId: brug.id, actorId: brug.actor.id, outcome: 'sent', linkReplaced: true },
      { respondentId: fonds.id, actorId: fonds.actor.id, outcome: 'no_email', linkReplaced: false },
    ]);

    const mails = smtp.received.slice(before);
    expect(mails.map((mail) => mail.envelopeTo)).toEqual([['anna@example.org'], ['brug@example.org']]);
    const [toAnna, toBrug] = mails as [ReceivedMail, ReceivedMail];
    expect(toAnna.envelopeFrom).toBe('krachtenveld@gemeente.example');
    expect(toAnna.headers.from).toContain('krachtenveld@gemeente.example');
    expect(toAnna.headers.to).toContain('anna@example.org');
    expect(toAnna.subject).toBe('Uitnodiging: Samenwerking Oost');
    expect(toAnna.text).toMatch(/^Beste Anna de Vries,\n/);
    expect(toAnna.text).toContain('U beantwoordt de vragen voor Wijkteam Oost.');
    expect(toAnna.text).toContain('tot en met 31 december 2099');
    expect(toAnna.text).toMatch(/\n\nMet vriendelijke groet,\nOost$/);
    expect(toAnna.text).not.toMatch(/[{}]/);
    // Without a contact name the mail greets the speler.
    expect(toBrug.text).toMatch(/^Beste Buurthuis De Brug,\n/);

    // The links are absolute, at the configured public address, and work; the previous ones do not.
    const annaLink = tokenIn(toAnna);
    const brugLink = tokenIn(toBrug);
    expect(annaLink.origin).toBe(PUBLIC_URL);
    await expectWorks(annaLink.token, 'Wijkteam Oost');
    await expectWorks(brugLink.token, 'Buurthuis De Brug');
    await expectReplaced(anna.token);
    await expectReplaced(brug.token);
    // Not mailed, so not replaced.
    await expectWorks(fonds.token, 'Fonds Oost');

    // One event, with counts and respondent ids: no address, no name, no text of the mail.
    const [event, ...more] = await mailEvents(workspace);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      action: 'respondent.mail',
      entityType: 'survey',
      entityId: survey.id,
      via: 'api',
      before: null,
      after: {
        surveyId: survey.id,
        kind: 'uitnodiging',
        respondentIds: [anna.id, brug.id],
        sent: 2,
        skipped: 1,
        failed: 0,
      },
    });
    const stored = JSON.stringify(event);
    for (const secret of ['anna@example.org', 'brug@example.org', 'Anna de Vries', 'Beste', annaLink.token]) {
      expect(stored).not.toContain(secret);
    }

    // A reminder, in English: only to whom has not finished (Anna has); the dates in English.
    const finished = await t.app.inject({
      method: 'PUT',
      url: `${API}/survey-response/answers`,
      payload: { token: annaLink.token, answers: { ties: [], finished: true } },
    });
    expect(finished.statusCode, finished.body).toBe(200);
    const beforeReminder = smtp.received.length;
    const reminder = await send(workspace, survey, {
      kind: 'herinnering',
      respondentIds: [anna.id, brug.id, fonds.id],
      ...defaults.en.herinnering,
      language: 'en',
    });
    expect(reminder.statusCode, reminder.body).toBe(200);
    expect((reminder.json() as MailReport).results.map((result) => result.outcome)).toEqual([
      'skipped',
      'sent',
      'no_email',
    ]);
    const reminders = smtp.received.slice(beforeReminder);
    expect(reminders.map((mail) => mail.envelopeTo)).toEqual([['brug@example.org']]);
    const [toBrugAgain] = reminders as [ReceivedMail];
    expect(toBrugAgain.subject).toBe('Reminder: Samenwerking Oost');
    expect(toBrugAgain.text).toContain('until 31 December 2099');
    expect(toBrugAgain.headers['auto-submitted']).toBe('auto-generated');
    await expectWorks(tokenIn(toBrugAgain).token, 'Buurthuis De Brug');
    await expectReplaced(brugLink.token);
    await expectWorks(annaLink.token, 'Wijkteam Oost');
    expect((await mailEvents(workspace)).map((item) => item.after)).toContainEqual({
      surveyId: survey.id,
      kind: 'herinnering',
      respondentIds: [brug.id],
      sent: 1,
      skipped: 2,
      failed: 0,
    });
  });

  it('reports a refused address, whose old link keeps working', async () => {
    const { workspace, survey } = await round('Weigering');
    const { anna, brug } = await respondents(workspace, survey);
    smtp.refuse('brug@example.org');
    const before = smtp.received.length;
    const response = await send(workspace, survey, {
      kind: 'uitnodiging',
      respondentIds: [brug.id, anna.id],
      ...defaults.nl.uitnodiging,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      sent: 1,
      skipped: 0,
      failed: 1,
      unreachable: false,
      results: [
        { respondentId: brug.id, outcome: 'refused', linkReplaced: false },
        { respondentId: anna.id, outcome: 'sent', linkReplaced: true },
      ],
    });
    expect(smtp.received.slice(before).map((mail) => mail.envelopeTo)).toEqual([['anna@example.org']]);
    await expectWorks(brug.token, 'Buurthuis De Brug');
    await expectReplaced(anna.token);
    expect((await mailEvents(workspace))[0]?.after).toMatchObject({ respondentIds: [anna.id], failed: 1 });
  });

  it('refuses a bad template, a closed round and an unknown respondent, and sends and changes nothing', async () => {
    const { workspace, survey } = await round('Sjabloon');
    const { anna, brug } = await respondents(workspace, survey);
    const before = smtp.received.length;
    const base = { kind: 'uitnodiging', respondentIds: [anna.id, brug.id] };

    const unknown = await send(workspace, survey, {
      ...base,
      subject: 'Hallo {voornaam}',
      body: 'Beste {voornaam} van {speler}, uw link: {link} {}',
    });
    expect(unknown.statusCode, unknown.body).toBe(400);
    expect(unknown.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'subject', code: 'mail_placeholder_unknown' }),
      expect.objectContaining({ name: 'body', code: 'mail_placeholder_unknown' }),
      expect.objectContaining({ name: 'body', code: 'mail_placeholder_unknown' }),
    ]);
    expect(unknown.json().invalidParams[0].reason).toContain('{voornaam} kennen we niet');

    const noLink = await send(workspace, survey, { ...base, subject: 'Hallo', body: 'Geen link hier.' });
    expect(noLink.statusCode, noLink.body).toBe(400);
    expect(noLink.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'body', code: 'mail_link_missing' }),
    ]);

    const shape = await send(workspace, survey, {
      ...base,
      subject: `Twee\nregels ${'x'.repeat(200)}`,
      body: `{link}${'x'.repeat(10_000)}`,
    });
    expect(shape.statusCode, shape.body).toBe(400);
    expect(
      (shape.json().invalidParams as { name: string; code: string }[]).map((p) => `${p.name} ${p.code}`),
    ).toEqual(expect.arrayContaining(['subject control_characters', 'subject too_long', 'body too_long']));

    const stranger = await send(workspace, survey, {
      ...base,
      respondentIds: [anna.id, '00000000-0000-4000-8000-000000000000'],
      ...defaults.nl.uitnodiging,
    });
    expect(stranger.statusCode, stranger.body).toBe(404);

    const concept = await round('Concept', 'concept');
    const conceptPeople = await respondents(concept.workspace, concept.survey);
    const notOpen = await send(concept.workspace, concept.survey, {
      kind: 'uitnodiging',
      respondentIds: [conceptPeople.anna.id],
      ...defaults.nl.uitnodiging,
    });
    expect(notOpen.statusCode, notOpen.body).toBe(409);
    expect(notOpen.json()).toMatchObject({ code: 'conflict', reason: 'survey_mail_not_open' });

    expect(smtp.received.length).toBe(before);
    expect(await mailEvents(workspace)).toEqual([]);
    await expectWorks(anna.token, 'Wijkteam Oost');
    await expectWorks(brug.token, 'Buurthuis De Brug');
  });

  it('uses the address the coordinator reached the app at when no public address is set', async () => {
    const app = await sibling({ mail: smtp.settings() });
    const { workspace, survey } = await round('Eigen adres');
    const { anna } = await respondents(workspace, survey);
    const before = smtp.received.length;
    const response = await send(
      workspace,
      survey,
      { kind: 'uitnodiging', respondentIds: [anna.id], ...defaults.nl.uitnodiging },
      app,
    );
    expect(response.statusCode, response.body).toBe(200);
    const [mail] = smtp.received.slice(before) as [ReceivedMail];
    const link = tokenIn(mail);
    expect(link.origin).toBe('http://localhost:80');
    await expectWorks(link.token, 'Wijkteam Oost');
  });

  it('says so when the mail server cannot be reached, and leaves every link as it was', async () => {
    const gone = await startSmtpServer();
    const app = await sibling({ mail: gone.settings() });
    await gone.close();
    const { workspace, survey } = await round('Onbereikbaar');
    const { anna, brug } = await respondents(workspace, survey);
    const response = await send(
      workspace,
      survey,
      { kind: 'uitnodiging', respondentIds: [anna.id, brug.id], ...defaults.nl.uitnodiging },
      app,
    );
    expect(response.statusCode, response.body).toBe(503);
    expect(response.json()).toMatchObject({ code: 'service_unavailable', reason: 'mail_unreachable' });
    expect(response.json().detail).toContain('Er is geen e-mail verstuurd');
    expect(await mailEvents(workspace)).toEqual([]);
    await expectWorks(anna.token, 'Wijkteam Oost');
    await expectWorks(brug.token, 'Buurthuis De Brug');
  });

  it('limits mailings per account, on top of the write limit', async () => {
    const app = await sibling({
      mail: smtp.settings(),
      rateLimits: { surveyMail: { max: 1, windowMs: 60_000 } },
    });
    const { workspace, survey } = await round('Rem');
    const { anna } = await respondents(workspace, survey);
    const mail = { kind: 'uitnodiging', respondentIds: [anna.id], ...defaults.nl.uitnodiging };
    expect((await send(workspace, survey, mail, app)).statusCode).toBe(200);
    const second = await send(workspace, survey, mail, app);
    expect(second.statusCode, second.body).toBe(429);
    expect(second.json()).toMatchObject({ code: 'too_many_requests' });
    expect(await mailEvents(workspace)).toHaveLength(1);
  });

  it('without a mail server: says mail is off, and sending is a 409 that changes nothing', async () => {
    const app = await sibling({});
    const { workspace, survey } = await round('Zonder mail');
    const { anna } = await respondents(workspace, survey);
    const settings = await app.inject(withSession(t.admin, surveyUrl(workspace, survey, '/mail')));
    expect(settings.statusCode, settings.body).toBe(200);
    expect(settings.json()).toMatchObject({ enabled: false, from: null });
    const response = await send(
      workspace,
      survey,
      { kind: 'uitnodiging', respondentIds: [anna.id], ...defaults.nl.uitnodiging },
      app,
    );
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json()).toMatchObject({ code: 'conflict', reason: 'mail_not_configured' });
    const english = await app.inject(
      withSession(t.admin, {
        method: 'POST',
        url: surveyUrl(workspace, survey, '/mail'),
        headers: { 'accept-language': 'en' },
        payload: { kind: 'uitnodiging', respondentIds: [anna.id], ...defaults.en.uitnodiging },
      }),
    );
    expect(english.json().detail).toContain('no mail server');
    expect(await mailEvents(workspace)).toEqual([]);
    await expectWorks(anna.token, 'Wijkteam Oost');
  });
});

describe('mail configuration', () => {
  const base = { HOST: '127.0.0.1' };
  const mail = {
    KRACHTENVELD_SMTP_URL: 'smtp://krachtenveld:geheim@mail.gemeente.example:587',
    KRACHTENVELD_MAIL_FROM: 'Krachtenveld <krachtenveld@gemeente.example>',
  };

  it('is off without a mail server, and on with a server and a From address', () => {
    expect(loadConfig(base).mail).toBeNull();
    expect(loadConfig({ ...base, KRACHTENVELD_SMTP_URL: '', KRACHTENVELD_MAIL_FROM: '' }).mail).toBeNull();
    const config = loadConfig({ ...base, ...mail });
    expect(config.mail).toEqual({
      url: 'smtp://krachtenveld:geheim@mail.gemeente.example:587',
      from: 'Krachtenveld <krachtenveld@gemeente.example>',
    });
    // The log line names the server without its password.
    expect(describeMail(config.mail as NonNullable<typeof config.mail>)).toBe(
      'smtp://krachtenveld:***@mail.gemeente.example:587 as Krachtenveld <krachtenveld@gemeente.example>',
    );
    expect(loadConfig({ ...base, ...mail, KRACHTENVELD_MAIL_FROM: 'noreply@gemeente.example' }).mail).toEqual(
      {
        url: mail.KRACHTENVELD_SMTP_URL,
        from: 'noreply@gemeente.example',
      },
    );
    expect(
      loadConfig({
        ...base,
        KRACHTENVELD_SMTP_URL: 'smtps://mail.gemeente.example',
        KRACHTENVELD_MAIL_FROM: 'a@b.example',
      }).mail,
    ).toMatchObject({ url: 'smtps://mail.gemeente.example' });
  });

  it('refuses a half configuration and bad values, by name', () => {
    expect(() => loadConfig({ ...base, KRACHTENVELD_SMTP_URL: mail.KRACHTENVELD_SMTP_URL })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ ...base, KRACHTENVELD_SMTP_URL: mail.KRACHTENVELD_SMTP_URL })).toThrow(
      /KRACHTENVELD_MAIL_FROM: not set/,
    );
    expect(() => loadConfig({ ...base, KRACHTENVELD_MAIL_FROM: mail.KRACHTENVELD_MAIL_FROM })).toThrow(
      /KRACHTENVELD_SMTP_URL: not set/,
    );
    expect(() =>
      loadConfig({ ...base, ...mail, KRACHTENVELD_SMTP_URL: 'http://mail.gemeente.example' }),
    ).toThrow(/KRACHTENVELD_SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    for (const from of ['Krachtenveld', 'Krachtenveld <geen-adres>', 'a@b.example\nBcc: c@d.example']) {
      expect(() => loadConfig({ ...base, ...mail, KRACHTENVELD_MAIL_FROM: from }), from).toThrow(
        /KRACHTENVELD_MAIL_FROM: must be an e-mail address/,
      );
    }
  });

  it('gives links the public address, which must be an origin', () => {
    expect(loadConfig(base).publicUrl).toBeUndefined();
    expect(
      loadConfig({ ...base, KRACHTENVELD_PUBLIC_URL: 'https://krachtenveld.gemeente.example/' }).publicUrl,
    ).toBe('https://krachtenveld.gemeente.example');
    expect(() =>
      loadConfig({ ...base, KRACHTENVELD_PUBLIC_URL: 'https://gemeente.example/krachtenveld' }),
    ).toThrow(/KRACHTENVELD_PUBLIC_URL: give only scheme, host and port/);
  });
});
