/**
 * GET /workspaces/{workspaceId}/report: the krachtenveldanalyse as a file — a tagged PDF, a DOCX to edit in
 * Word or LibreOffice, or one HTML page (print-ready A4) — with the same options as the Rapport section.
 */
import { z } from 'zod';
import { REPORT_FORMATS, REPORT_SECTIONS, reportOptionsSchema } from '../domain/index.ts';
import { problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

/** `sections=summary,forces` or repeated `sections=summary&sections=forces`. */
const sectionList = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : value,
  reportOptionsSchema.shape.sections,
);

export const reportQuerySchema = z.strictObject({
  format: z.enum(REPORT_FORMATS).describe('`pdf` (getagd, PDF/UA), `docx` of `html`.'),
  ...reportOptionsSchema.shape,
  sections: sectionList.describe(`Onderdelen, met komma's: ${REPORT_SECTIONS.join(', ')}. Standaard alle.`),
});

export const getReport = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/report',
  tags: ['rapport'],
  summary: 'Het rapport: de krachtenveldanalyse als PDF, DOCX of HTML',
  description:
    'Een samenvatting, de vijf krachten, de kaart, de diagnose met elke index, wie de samenwerking trekt, ontbrekende verbindingen, bewoners, vraagstukken, perspectieven, wat veranderde sinds een momentopname, de werkwijze en het register. Onderdelen zonder gegevens zeggen dat in een zin. Een vraagstuk, perspectief of momentopname die niet in deze werkruimte bestaat geeft 400.',
  params: workspaceParams,
  querystring: reportQuerySchema,
  responses: { 200: z.string().describe('Het bestand'), ...problemResponses },
});
