/**
 * /api/v1/workspaces/{id}/history: the audit trail of a werkruimte, or of one speler (`actorId`), newest
 * first, with before and after of every change; and restoring a deleted speler from its deletion event.
 * The trail is read-only here: there is no route that edits or deletes an event.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUDIT_ACTIONS, actorSchema, auditEventSchema, relationSchema } from '../../domain/index.ts';
import { restoreActor } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { authorOf } from '../plugins/authentication.ts';
import { pageEnvelope, pageQuery, pageSchema, problemResponses, workspaceParams } from '../schemas.ts';

export const historyRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const tags = ['geschiedenis'];

  app.get(
    '/workspaces/:workspaceId/history',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Wie heeft wat gewijzigd, en wanneer',
        description:
          'Nieuwste eerst. Met `actorId` alleen de wijzigingen aan die speler en zijn relaties; met `action` alleen één soort wijziging.',
        params: workspaceParams,
        querystring: z.object({
          ...pageQuery,
          actorId: z.uuid().optional().describe('Alleen de geschiedenis van deze speler.'),
          action: z.enum(AUDIT_ACTIONS).optional().describe('Alleen deze soort wijziging.'),
        }),
        response: { 200: pageSchema(auditEventSchema), ...problemResponses },
      },
    },
    async (request) => {
      const { page, pageSize, actorId, action } = request.query;
      const result = await store.audit.list(
        request.workspace.id,
        { ...(actorId ? { actorId } : {}), ...(action ? { action } : {}) },
        { page, pageSize },
      );
      return pageEnvelope(request, result.items, result.totalItems, page, pageSize);
    },
  );

  app.post(
    '/workspaces/:workspaceId/history/:eventId/restore',
    {
      config: { access: 'edit' },
      schema: {
        tags,
        summary: 'Een verwijderde speler terugzetten, met zijn relaties',
        description:
          'Geef de id van de wijziging waarin de speler werd verwijderd. Relaties naar spelers die inmiddels ook weg zijn, komen niet terug; die staan in `skippedRelations`.',
        params: workspaceParams.extend({
          eventId: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
        }),
        response: {
          201: z.object({
            actor: actorSchema,
            relations: z.array(relationSchema),
            skippedRelations: z.array(relationSchema),
          }),
          409: problemResponses[400],
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const restored = await restoreActor(
        store,
        authorOf(request),
        request.workspace.id,
        request.params.eventId,
      );
      return reply.code(201).send(restored);
    },
  );
};
