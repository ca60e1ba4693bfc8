/**
 * /api/v1/workspaces/{workspaceId}/relations/{relationId}/assessments: what each perspective says about one
 * relatie (contract: src/contract/assessments.ts). Writes go through the services, with their audit event.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PREFIX, assessments } from '../../contract/index.ts';
import { NotFoundError } from '../../domain/index.ts';
import { createAssessment, deleteAssessment, updateAssessment } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { authorOf } from '../plugins/authentication.ts';

export const assessmentRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.route({
    ...routeOf(assessments.listAssessments),
    config: { access: 'read' },
    handler: async (request) => {
      const { relationId } = request.params;
      if (!(await store.relations.get(request.workspace.id, relationId)))
        throw new NotFoundError('relation', relationId);
      return { items: await store.assessments.listForRelation(request.workspace.id, relationId) };
    },
  });

  app.route({
    ...routeOf(assessments.createAssessment),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      const { relationId } = request.params;
      const workspaceId = request.workspace.id;
      const assessment = await createAssessment(
        store,
        authorOf(request),
        workspaceId,
        relationId,
        request.body,
      );
      return reply
        .code(201)
        .header(
          'location',
          `${API_PREFIX}/workspaces/${workspaceId}/relations/${relationId}/assessments/${assessment.id}`,
        )
        .send(assessment);
    },
  });

  app.route({
    ...routeOf(assessments.updateAssessment),
    config: { access: 'edit' },
    handler: async (request) => {
      const { relationId, assessmentId } = request.params;
      return updateAssessment(
        store,
        authorOf(request),
        request.workspace.id,
        relationId,
        assessmentId,
        request.body,
      );
    },
  });

  app.route({
    ...routeOf(assessments.deleteAssessment),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      const { relationId, assessmentId } = request.params;
      await deleteAssessment(store, authorOf(request), request.workspace.id, relationId, assessmentId);
      return reply.code(204).send(null);
    },
  });
};
