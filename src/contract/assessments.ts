/**
 * /workspaces/{workspaceId}/relations/{relationId}/assessments: what each perspective says about one
 * relatie (present or denied, how strong, trust and value). One assessment per perspective and relatie.
 */
import { z } from 'zod';
import { assessmentCreateSchema, assessmentSchema, assessmentUpdateSchema } from '../domain/index.ts';
import { problemResponses, problemSchema, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['beoordelingen'];
const relationParams = workspaceParams.extend({ relationId: z.uuid() });
const assessmentParams = relationParams.extend({ assessmentId: z.uuid() });

export const listAssessments = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/relations/:relationId/assessments',
  tags,
  summary: 'Beoordelingen van een relatie, per perspectief',
  description:
    'Zonder beoordeling van de redactie geldt de relatie zelf als wat de redactie zegt (aanwezig, met haar eigen sterkte).',
  params: relationParams,
  responses: { 200: z.object({ items: z.array(assessmentSchema) }), ...problemResponses },
});

export const createAssessment = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/relations/:relationId/assessments',
  tags,
  summary: 'Beoordeling van een relatie toevoegen, vanuit één perspectief',
  description:
    'Een ontkende relatie (`present: false`) heeft geen sterkte, vertrouwen of waarde. Heeft het perspectief deze relatie al beoordeeld, dan volgt 409 met `reason: assessment_exists`, `assessmentId` en `currentVersion`: wijzig dan die beoordeling.',
  params: relationParams,
  body: assessmentCreateSchema,
  responses: {
    201: assessmentSchema,
    409: problemSchema.describe('Dit perspectief heeft deze relatie al beoordeeld.'),
    ...problemResponses,
  },
});

export const updateAssessment = endpoint({
  method: 'PATCH',
  path: '/workspaces/:workspaceId/relations/:relationId/assessments/:assessmentId',
  tags,
  summary: 'Beoordeling wijzigen',
  description:
    'Stuur de `version` mee die u las. Is die niet meer actueel, dan volgt 409 en verandert er niets. Met `present: false` vervallen de sterkte, het vertrouwen en de waarde die u niet meestuurt.',
  params: assessmentParams,
  body: assessmentUpdateSchema,
  responses: { 200: assessmentSchema, 409: problemResponses[400], ...problemResponses },
});

export const deleteAssessment = endpoint({
  method: 'DELETE',
  path: '/workspaces/:workspaceId/relations/:relationId/assessments/:assessmentId',
  tags,
  summary: 'Beoordeling verwijderen',
  params: assessmentParams,
  responses: { 204: z.null().describe('Verwijderd'), ...problemResponses },
});
