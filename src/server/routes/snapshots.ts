/**
 * /api/v1/workspaces/{workspaceId}/snapshots… and …/diff: momentopnames and what changed between two
 * moments (contract: src/contract/snapshots.ts). Reading and comparing need read access; taking one edit
 * access; deleting one is the eigenaar's (`manage`).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { snapshots } from '../../contract/index.ts';
import { downloadFileName } from '../../domain/index.ts';
import {
  type AnalysisRunner,
  deleteSnapshot,
  diffMoments,
  getSnapshot,
  listSnapshots,
  snapshotBackupText,
  takeSnapshot,
  viewSnapshot,
} from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { authorOf } from '../plugins/authentication.ts';

export const snapshotRoutes: FastifyPluginAsyncZod<{ store: Store; runner: AnalysisRunner }> = async (
  app,
  { store, runner },
) => {
  app.route({
    ...routeOf(snapshots.listSnapshots),
    config: { access: 'read' },
    handler: async (request) => ({ items: await listSnapshots(store, request.workspace.id) }),
  });

  app.route({
    ...routeOf(snapshots.createSnapshot),
    config: { access: 'edit' },
    handler: async (request, reply) =>
      reply.code(201).send(await takeSnapshot(store, authorOf(request), request.workspace, request.body)),
  });

  app.route({
    ...routeOf(snapshots.getSnapshot),
    config: { access: 'read' },
    handler: async (request) => getSnapshot(store, request.workspace.id, request.params.snapshotId),
  });

  app.route({
    ...routeOf(snapshots.downloadSnapshot),
    config: { access: 'read' },
    serializerCompiler: () => (data) => data as string,
    handler: async (request, reply) => {
      const { workspace } = request;
      const snapshot = await getSnapshot(store, workspace.id, request.params.snapshotId);
      const text = await snapshotBackupText(store, workspace.id, snapshot.id);
      const name = downloadFileName(
        `${workspace.name} ${snapshot.name} ${snapshot.takenAt.slice(0, 10)}`,
        'json',
      );
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(text);
    },
  });

  app.route({
    ...routeOf(snapshots.viewSnapshot),
    config: { access: 'read' },
    handler: async (request) => viewSnapshot(store, request.workspace, request.params.snapshotId),
  });

  app.route({
    ...routeOf(snapshots.deleteSnapshot),
    config: { access: 'manage' },
    handler: async (request, reply) => {
      await deleteSnapshot(store, authorOf(request), request.workspace.id, request.params.snapshotId);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...routeOf(snapshots.diffWorkspace),
    config: { access: 'read' },
    handler: async (request) => {
      const { from, to, lang } = request.query;
      return diffMoments(store, runner, request.workspace, { from, to }, lang ?? request.locale);
    },
  });
};
