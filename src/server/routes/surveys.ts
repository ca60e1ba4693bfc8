/**
 * /api/v1/workspaces/{workspaceId}/surveys: the coordinator's side of an uitvraag (contract:
 * src/contract/surveys.ts). Writes go through the services, each with its audit event. Contact data of
 * respondents is shown to eigenaars only.
 */

import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PREFIX, surveys } from '../../contract/index.ts';
import { MAIL_PLACEHOLDERS, NotFoundError, roleAllows, SURVEY_MAIL_TEMPLATES } from '../../domain/index.ts';
import { writeLinkListCsv, writeLinkListXlsx } from '../../formats/index.ts';
import {
  addRespondents,
  createSurvey,
  decideProposal,
  deleteSurvey,
  forgetContacts,
  issueLinks,
  type MailSettings,
  openSmtpSender,
  profileChecks,
  revokeRespondent,
  sendSurveyMail,
  updateSurvey,
} from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { messages } from '../messages/index.ts';
import { authorOf } from '../plugins/authentication.ts';
import { sendProblem } from '../plugins/problem-json.ts';

/** Where this server is reached: the configured public address, else the one the coordinator used. */
function originOf(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

export const surveyRoutes: FastifyPluginAsyncZod<{
  store: Store;
  publicUrl?: string;
  /** The mail server for invitations and reminders; without it, sending answers 409. */
  mail?: MailSettings;
  /** Mailings per account (on top of the write limit): each can reach a thousand addresses. */
  mailLimit?: { max: number; windowMs: number };
}> = async (app, { store, publicUrl, mail, mailLimit }) => {
  app.route({
    ...routeOf(surveys.listSurveys),
    config: { access: 'read' },
    handler: async (request) => ({ items: await store.surveys.list(request.workspace.id) }),
  });

  app.route({
    ...routeOf(surveys.createSurvey),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      const workspaceId = request.workspace.id;
      const survey = await createSurvey(store, authorOf(request), workspaceId, request.body);
      return reply
        .code(201)
        .header('location', `${API_PREFIX}/workspaces/${workspaceId}/surveys/${survey.id}`)
        .send(survey);
    },
  });

  app.route({
    ...routeOf(surveys.getSurvey),
    config: { access: 'read' },
    handler: async (request) => {
      const survey = await store.surveys.get(request.workspace.id, request.params.surveyId);
      if (!survey) throw new NotFoundError('survey', request.params.surveyId);
      return survey;
    },
  });

  app.route({
    ...routeOf(surveys.updateSurvey),
    config: { access: 'edit' },
    handler: async (request) =>
      updateSurvey(store, authorOf(request), request.workspace.id, request.params.surveyId, request.body),
  });

  app.route({
    ...routeOf(surveys.deleteSurvey),
    config: { access: 'manage' },
    handler: async (request, reply) => {
      await deleteSurvey(store, authorOf(request), request.workspace.id, request.params.surveyId);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...routeOf(surveys.listRespondents),
    config: { access: 'read' },
    handler: async (request) => {
      const { surveyId } = request.params;
      if (!(await store.surveys.get(request.workspace.id, surveyId)))
        throw new NotFoundError('survey', surveyId);
      const withContacts = roleAllows(request.role, 'manage');
      return { items: await store.surveys.listRespondents(request.workspace.id, surveyId, withContacts) };
    },
  });

  app.route({
    ...routeOf(surveys.addRespondents),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      const links = await addRespondents(
        store,
        authorOf(request),
        request.workspace.id,
        request.params.surveyId,
        request.body.respondents,
      );
      return reply.code(201).send({ links });
    },
  });

  app.route({
    ...routeOf(surveys.issueLinks),
    config: { access: 'edit' },
    // The answer is JSON or a file; both are written here.
    serializerCompiler: () => (data) => (typeof data === 'string' ? data : JSON.stringify(data)),
    handler: async (request, reply) => {
      const { surveyId } = request.params;
      const { respondentIds, format } = request.body;
      const workspaceId = request.workspace.id;
      const issued = await issueLinks(store, authorOf(request), workspaceId, surveyId, respondentIds);
      if (format === 'json') {
        return reply.type('application/json; charset=utf-8').send({
          links: issued.map(({ respondentId, actorId, token, path }) => ({
            respondentId,
            actorId,
            token,
            path,
          })),
        });
      }
      const survey = await store.surveys.get(workspaceId, surveyId);
      const origin = originOf(request, publicUrl);
      // Contact data goes into the file only for an eigenaar, as everywhere else.
      const withContacts = roleAllows(request.role, 'manage');
      const rows = issued.map(({ respondent, path }) => ({
        actorName: respondent.actorName,
        force: respondent.force,
        contactName: withContacts ? (respondent.contact?.name ?? null) : null,
        email: withContacts ? (respondent.contact?.email ?? null) : null,
        link: `${origin}${path}`,
        closesOn: survey?.closesOn ?? '',
      }));
      const fileName = `uitvraag-links.${format}`;
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(writeLinkListCsv(rows));
      return (
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          // A Buffer goes out as it is; the contract's string stands for any file.
          .send(Buffer.from(await writeLinkListXlsx(rows)) as unknown as string)
      );
    },
  });

  app.route({
    ...routeOf(surveys.revokeRespondent),
    config: { access: 'edit' },
    handler: async (request) => {
      const { surveyId, respondentId } = request.params;
      return revokeRespondent(store, authorOf(request), request.workspace.id, surveyId, respondentId);
    },
  });

  app.route({
    ...routeOf(surveys.forgetContact),
    config: { access: 'manage' },
    handler: async (request, reply) => {
      const { surveyId, respondentId } = request.params;
      await forgetContacts(store, authorOf(request), request.workspace.id, surveyId, respondentId);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...routeOf(surveys.forgetContacts),
    config: { access: 'manage' },
    handler: async (request, reply) => {
      await forgetContacts(store, authorOf(request), request.workspace.id, request.params.surveyId, null);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...routeOf(surveys.listProposals),
    config: { access: 'read' },
    handler: async (request) => {
      const { surveyId } = request.params;
      if (!(await store.surveys.get(request.workspace.id, surveyId)))
        throw new NotFoundError('survey', surveyId);
      return { items: await store.surveys.listProposals(request.workspace.id, surveyId) };
    },
  });

  app.route({
    ...routeOf(surveys.listProfileChecks),
    config: { access: 'read' },
    handler: async (request) => ({
      items: await profileChecks(store, request.workspace.id, request.params.surveyId),
    }),
  });

  app.route({
    ...routeOf(surveys.decideProposal),
    config: { access: 'edit' },
    handler: async (request) => {
      const { surveyId, proposalId } = request.params;
      return decideProposal(
        store,
        authorOf(request),
        request.workspace.id,
        surveyId,
        proposalId,
        request.body,
      );
    },
  });

  app.route({
    ...routeOf(surveys.mailSettings),
    config: { access: 'manage' },
    handler: async (request) => {
      const { surveyId } = request.params;
      if (!(await store.surveys.get(request.workspace.id, surveyId)))
        throw new NotFoundError('survey', surveyId);
      return {
        enabled: mail !== undefined,
        from: mail?.from ?? null,
        placeholders: [...MAIL_PLACEHOLDERS],
        templates: SURVEY_MAIL_TEMPLATES,
      };
    },
  });

  app.route({
    ...routeOf(surveys.sendMail),
    config: {
      // Contact data goes out: eigenaars only, as everywhere else it is used.
      access: 'manage',
      ...(mailLimit
        ? {
            rateLimit: {
              max: mailLimit.max,
              timeWindow: mailLimit.windowMs,
              keyGenerator: (request: FastifyRequest) =>
                `mail:${request.principal ? `user:${request.principal.user.id}` : `ip:${request.ip}`}`,
            },
          }
        : {}),
    },
    handler: async (request, reply) => {
      const { kind, respondentIds, subject, body, language } = request.body;
      const sender = mail ? openSmtpSender(mail) : null;
      try {
        const report = await sendSurveyMail(
          store,
          authorOf(request),
          sender,
          request.workspace.id,
          request.params.surveyId,
          {
            kind,
            respondentIds,
            template: { subject, body },
            language,
            origin: originOf(request, publicUrl),
          },
        );
        const { mailError, ...answer } = report;
        if (answer.unreachable) {
          // Counts and the code only: no addresses in the log either.
          request.log.warn(
            { code: mailError, sent: answer.sent, failed: answer.failed },
            'mail server unreachable',
          );
        }
        // Nothing went out: say so as a problem, not as a list of failures.
        if (answer.unreachable && answer.sent === 0) {
          return sendProblem(request, reply, 503, 'service_unavailable', {
            detail: messages(request.locale).details.mailUnavailable,
            reason: 'mail_unreachable',
          });
        }
        return answer;
      } finally {
        sender?.close();
      }
    },
  });
};
