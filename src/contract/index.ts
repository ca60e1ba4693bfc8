/**
 * The HTTP API's contract: every endpoint's method, path and zod schemas, in one place that the server, the
 * CLI and the web app import. Endpoints are grouped per resource; `contract.<group>.<endpoint>`.
 */
export * as actors from './actors.ts';
export * as analysis from './analysis.ts';
export * as assessments from './assessments.ts';
export * from './common.ts';
export * as compare from './compare.ts';
export * as divergence from './divergence.ts';
export * from './endpoint.ts';
export * as gemeenten from './gemeenten.ts';
export * as graph from './graph.ts';
export * as health from './health.ts';
export * as history from './history.ts';
export * as layouts from './layouts.ts';
export * as meetingParticipation from './meeting-participation.ts';
export * as meetings from './meetings.ts';
export * as members from './members.ts';
export * as oidc from './oidc.ts';
export * from './perspective-view.ts';
export * as perspectives from './perspectives.ts';
export * as relations from './relations.ts';
export * as report from './report.ts';
export * as session from './session.ts';
export * as snapshots from './snapshots.ts';
export * as surveyResponse from './survey-response.ts';
export * as surveyResults from './survey-results.ts';
export * as surveys from './surveys.ts';
export * as topics from './topics.ts';
export * as transfer from './transfer.ts';
export * as workspaces from './workspaces.ts';
