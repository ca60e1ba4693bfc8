/**
 * Builds the Fastify app from a store; never listens (start.ts does), so tests inject requests into exactly
 * what production runs. Order matters: error handling and the access check are registered before the
 * routes they guard, and OpenAPI before the routes it documents.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { API_PREFIX, API_VERSION } from '../contract/index.ts';
import { createGemeenteDirectory, type MailSettings } from '../services/index.ts';
import type { Store } from '../store/index.ts';
import { createAnalysisRunner } from './analysis-thread/runner.ts';
import type { OidcSettings } from './auth/oidc.ts';
import { createFileJobs, DEFAULT_FILE_JOBS, type FileJobSettings, type FileJobs } from './file-jobs/pool.ts';
import { createMeetingHub } from './live/meeting-hub.ts';
import { authentication, type SessionSettings } from './plugins/authentication.ts';
import { locale } from './plugins/locale.ts';
import { openApi } from './plugins/openapi.ts';
import { problemJson } from './plugins/problem-json.ts';
import { type RateLimitSettings, rateLimits } from './plugins/rate-limits.ts';
import { routeTable } from './plugins/route-table.ts';
import { securityHeaders } from './plugins/security-headers.ts';
import { WEB_ROOT, webApp } from './plugins/web-app.ts';
import { workspaceAccess } from './plugins/workspace-access.ts';
import { actorRoutes } from './routes/actors.ts';
import { analysisRoutes } from './routes/analysis.ts';
import { assessmentRoutes } from './routes/assessments.ts';
import { compareRoutes } from './routes/compare.ts';
import { divergenceRoutes } from './routes/divergence.ts';
import { gemeenteRoutes } from './routes/gemeenten.ts';
import { graphRoutes } from './routes/graph.ts';
import { healthRoutes } from './routes/health.ts';
import { historyRoutes } from './routes/history.ts';
import { layoutRoutes } from './routes/layouts.ts';
import { meetingParticipationRoutes } from './routes/meeting-participation.ts';
import { meetingRoutes } from './routes/meetings.ts';
import { memberRoutes } from './routes/members.ts';
import { oidcRoutes } from './routes/oidc.ts';
import { perspectiveRoutes } from './routes/perspectives.ts';
import { relationRoutes } from './routes/relations.ts';
import { reportRoutes } from './routes/report.ts';
import { sessionRoutes } from './routes/session.ts';
import { snapshotRoutes } from './routes/snapshots.ts';
import { surveyResponseRoutes } from './routes/survey-response.ts';
import { surveyResultRoutes } from './routes/survey-results.ts';
import { surveyRoutes } from './routes/surveys.ts';
import { topicRoutes } from './routes/topics.ts';
import { transferRoutes } from './routes/transfer.ts';
import { workspaceRoutes } from './routes/workspaces.ts';

export interface AppOptions {
  store: Store;
  logger?: FastifyServerOptions['logger'];
  /** Largest accepted JSON body; bigger requests get 413. */
  bodyLimit?: number;
  /** Folder of the built web app; defaults to dist-web/. */
  webRoot?: string;
  /** Session lifetime and cookie; defaults: 30 minutes idle, 12 hours at most (ASVS level 2). */
  sessions?: Partial<SessionSettings>;
  rateLimits?: Partial<RateLimitSettings>;
  /** Login through the gemeente's own identity provider (OpenID Connect); off when absent. */
  oidc?: OidcSettings;
  /** How many imports and exports run at once, wait, and may use (file-jobs/pool.ts). */
  fileJobs?: Partial<FileJobSettings>;
  /** The address users reach the app at, for links in files and mails; else the request's own. */
  publicUrl?: string;
  /** The mail server for invitations and reminders of an uitvraag; without it the app sends no mail. */
  mail?: MailSettings;
  /** How long requests under way may take to finish when the server stops; then connections are cut. */
  closeGraceMs?: number;
}

export const DEFAULT_SESSIONS: SessionSettings = {
  idleSeconds: 30 * 60,
  maxSeconds: 12 * 60 * 60,
  secureCookie: false,
};

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  login: { max: 10, windowMs: 5 * 60_000 },
  write: { max: 600, windowMs: 60_000 },
  surveyLinkFailures: { max: 20, windowMs: 10 * 60_000 },
  surveyMail: { max: 20, windowMs: 60 * 60_000 },
  meetingJoin: { max: 1_000, windowMs: 10 * 60_000 },
  meetingCodeFailures: { max: 30, windowMs: 10 * 60_000 },
  participant: { max: 120, windowMs: 60_000 },
};

declare module 'fastify' {
  interface FastifyInstance {
    /** The import and export job pool, for tests and the benchmark to read its load. */
    fileJobs: FileJobs;
  }
}

export async function buildApp({
  store,
  logger = false,
  bodyLimit = 1024 * 1024,
  webRoot = WEB_ROOT,
  sessions = {},
  rateLimits: limits = {},
  oidc,
  fileJobs: jobSettings = {},
  publicUrl,
  mail,
  closeGraceMs = 10_000,
}: AppOptions): Promise<FastifyInstance> {
  const sessionSettings = { ...DEFAULT_SESSIONS, ...sessions };
  const app = Fastify({
    logger,
    bodyLimit,
    // Ids are uuids and paths short; anything longer is not ours.
    routerOptions: { maxParamLength: 100, ignoreTrailingSlash: false },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // The API speaks JSON only; without this Fastify would hand plain text to the JSON schemas.
  app.removeContentTypeParser('text/plain');
  // PATCH bodies may be sent as JSON Merge Patch (RFC 7396), which is what our PATCH does.
  app.addContentTypeParser(
    'application/merge-patch+json',
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );
  // NL API Design Rules API-57: every response says which API version answered.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('api-version', API_VERSION);
  });

  const gemeenten = createGemeenteDirectory(await store.reference.listGemeenten());
  const analysisRunner = createAnalysisRunner();
  app.addHook('onClose', () => analysisRunner.close());
  const fileJobs = createFileJobs({ ...DEFAULT_FILE_JOBS, ...jobSettings });
  app.decorate('fileJobs', fileJobs);
  app.addHook('onClose', () => fileJobs.close());

  await app.register(routeTable);
  await app.register(locale);
  await app.register(problemJson);
  await app.register(securityHeaders);
  await app.register(authentication, { store, settings: sessionSettings });
  const rateLimitSettings = { ...DEFAULT_RATE_LIMITS, ...limits };
  await app.register(rateLimits, { limits: rateLimitSettings });
  await app.register(workspaceAccess, { store });
  const meetingHub = createMeetingHub(store);
  // preClose: open streams must end before the server waits for its connections to finish. Requests under
  // way get `closeGraceMs` to finish; then every connection still open is cut, since one Node does not count
  // as idle (a request whose body was not read to the end) would hold the stop for its whole keep-alive,
  // and a process manager kills a process that does not stop, before PGlite has written its files.
  app.addHook('preClose', async () => {
    await meetingHub.close();
    const cut = setTimeout(() => app.server.closeAllConnections(), closeGraceMs);
    cut.unref();
    app.server.once('close', () => clearTimeout(cut));
  });
  await app.register(webApp, { root: webRoot });
  await app.register(openApi);
  await app.register(
    async (api) => {
      await api.register(healthRoutes, { store });
      await api.register(sessionRoutes, { store, settings: sessionSettings });
      await api.register(oidcRoutes, { store, settings: sessionSettings, oidc });
      await api.register(memberRoutes, { store, settings: sessionSettings });
      await api.register(historyRoutes, { store });
      await api.register(gemeenteRoutes, { gemeenten });
      await api.register(workspaceRoutes, { store, gemeenten });
      await api.register(actorRoutes, { store });
      await api.register(relationRoutes, { store });
      await api.register(assessmentRoutes, { store });
      await api.register(perspectiveRoutes, { store });
      await api.register(topicRoutes, { store });
      await api.register(divergenceRoutes, { store });
      await api.register(graphRoutes, { store });
      await api.register(layoutRoutes, { store });
      await api.register(analysisRoutes, { store, runner: analysisRunner });
      await api.register(transferRoutes, { store, jobs: fileJobs });
      await api.register(surveyRoutes, {
        store,
        publicUrl,
        mail,
        mailLimit: rateLimitSettings.surveyMail,
      });
      await api.register(surveyResultRoutes, { store, runner: analysisRunner });
      await api.register(surveyResponseRoutes, {
        store,
        linkFailures: rateLimitSettings.surveyLinkFailures,
      });
      await api.register(meetingRoutes, { store, hub: meetingHub });
      await api.register(snapshotRoutes, { store, runner: analysisRunner });
      await api.register(reportRoutes, { store, runner: analysisRunner });
      await api.register(compareRoutes, { store, runner: analysisRunner });
      await api.register(meetingParticipationRoutes, {
        store,
        hub: meetingHub,
        codeFailures: rateLimitSettings.meetingCodeFailures,
      });
    },
    { prefix: API_PREFIX },
  );
  return app;
}
