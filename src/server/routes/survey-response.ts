/**
 * /api/v1/survey-response/…: the respondent's side of an uitvraag (contract: src/contract/survey-response.ts),
 * open without an account (`config.auth: 'respondent'`): the personal link's token in the body is the
 * credential, checked by the services on every call. Failed lookups are counted per client address; past
 * the limit the address gets 429 until the window ends, so links cannot be guessed at speed (a token has
 * 256 random bits; this keeps even trying expensive).
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { surveyResponse } from '../../contract/index.ts';
import { SurveyLinkError } from '../../domain/index.ts';
import { openSurvey, saveSurveyAnswers, withdrawSurveyAnswers } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { createFailureCounter } from '../auth/failure-counter.ts';
import { routeOf } from '../contract-route.ts';

export const surveyResponseRoutes: FastifyPluginAsyncZod<{
  store: Store;
  linkFailures: { max: number; windowMs: number };
}> = async (app, { store, linkFailures }) => {
  const failures = createFailureCounter(linkFailures);
  // Scoped to this plugin's routes, before the body is read.
  app.addHook('onRequest', async (request) => {
    failures.refuseWhenBlocked(request.ip);
  });
  /** Runs a respondent's call, counting a link that does not work against the caller's address. */
  async function counted<T>(request: FastifyRequest, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof SurveyLinkError) failures.fail(request.ip);
      throw error;
    }
  }

  app.route({
    ...routeOf(surveyResponse.openSurveyResponse),
    config: { auth: 'respondent' },
    handler: async (request) => counted(request, () => openSurvey(store, request.body.token)),
  });

  app.route({
    ...routeOf(surveyResponse.saveSurveyResponse),
    config: { auth: 'respondent' },
    handler: async (request) =>
      counted(request, () => saveSurveyAnswers(store, request.body.token, request.body.answers)),
  });

  app.route({
    ...routeOf(surveyResponse.withdrawSurveyResponse),
    config: { auth: 'respondent' },
    handler: async (request, reply) => {
      await counted(request, () => withdrawSurveyAnswers(store, request.body.token));
      return reply.code(204).send(null);
    },
  });
};
