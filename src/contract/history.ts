/**
 * /workspaces/{workspaceId}/history: the audit trail of a werkruimte, or of one speler (`actorId`), newest
 * first, with before and after of every change; and restoring a deleted speler from its deletion event, or
 * a deleted relatie by its id.
 * The trail is read-only: there is no endpoint that edits or deletes an event.
 */
import { z } from 'zod';
import { AUDIT_ACTIONS, actorSchema, auditEventSchema, relationSchema } from '../domain/index.ts';
import { pageQuery, pageSchema, problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['geschiedenis'];

export const listHistory = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/history',
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
  responses: { 200: pageSchema(auditEventSchema), ...problemResponses },
});

export const restoreActor = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/history/:eventId/restore',
  tags,
  summary: 'Een verwijderde speler terugzetten, met zijn relaties',
  description:
    'Geef de id van de wijziging waarin de speler werd verwijderd. Relaties naar spelers die inmiddels ook weg zijn, komen niet terug; die staan in `skippedRelations`.',
  params: workspaceParams.extend({
    eventId: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  }),
  responses: {
    201: z.object({
      actor: actorSchema,
      relations: z.array(relationSchema),
      skippedRelations: z.array(relationSchema),
    }),
    409: problemResponses[400],
    ...problemResponses,
  },
});

export const restoreRelation = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/relations/:relationId/restore',
  tags,
  summary: 'Een verwijderde relatie terugzetten',
  description:
    'Zet de relatie terug zoals die was toen hij voor het laatst werd verwijderd, met dezelfde id. Is een van beide spelers inmiddels ook verwijderd, dan volgt 409 (`relation_actor_missing`): zet eerst die speler terug.',
  params: workspaceParams.extend({ relationId: z.uuid() }),
  responses: { 201: relationSchema, 409: problemResponses[400], ...problemResponses },
});
