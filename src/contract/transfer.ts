/**
 * Moving werkruimtes in and out as files:
 * - `GET /workspaces/{workspaceId}/export?format=…` downloads the werkruimte in one of the export formats;
 * - `POST /workspaces/import` reads a file into a new werkruimte, `POST /workspaces/{workspaceId}/import`
 *   into an existing one (multipart: one file in field `file`, or two CSV tables; a new werkruimte may take
 *   its `name` and `gemeente` from fields). All or nothing; the answer says how much was read, what was
 *   skipped and how foreign columns were used;
 * - `GET /import-template?format=xlsx|csv` gives the empty spreadsheet to fill in.
 * The downloads are links the browser follows; their 200 is the file itself.
 */
import { z } from 'zod';
import {
  EXPORT_FORMATS,
  importSummarySchema,
  MAX_FILE_BYTES,
  TABLES,
  workspaceSchema,
} from '../domain/index.ts';
import { fileJobProblemResponses, problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['uitwisselen'];

const uploadDescription = `Multipart-formulier: één bestand in het veld \`file\` (JSON-back-up, XLSX, CSV, GEXF of GraphML; het formaat wordt herkend aan de inhoud), of twee CSV-bestanden (spelers en relaties). Hoogstens ${MAX_FILE_BYTES / 1_048_576} MB per bestand. Bij een fout wordt niets opgeslagen; \`invalidParams\` noemt elke plek als \`blad.rij.kolom\`.`;

export const exportWorkspace = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/export',
  tags,
  summary: 'Werkruimte downloaden als bestand',
  description:
    '`json`: de volledige back-up (krachtenveld-backup/1, schema: docs/backup.schema.json). `csv`: één tabel (`table=spelers` of `table=relaties`), met `;` als scheidingsteken. In CSV en XLSX krijgen cellen die met =, +, -, @, tab of regeleinde beginnen een apostrof ervoor (tegen formule-injectie).',
  params: workspaceParams,
  querystring: z
    .strictObject({
      format: z.enum(EXPORT_FORMATS).describe('Bestandsformaat.'),
      table: z.enum(TABLES).optional().describe('Bij `csv`: welke tabel, `spelers` of `relaties`.'),
      lang: z
        .enum(['nl', 'en'])
        .optional()
        .describe('Taal van de legenda bij `png` en `svg`; standaard die van Accept-Language.'),
      gexfVersion: z
        .enum(['1.3', '1.2draft'])
        .optional()
        .describe('Bij `gexf`: versie 1.3 (standaard) of 1.2draft, de nieuwste die NetworkX leest.'),
    })
    .refine((query) => query.format !== 'csv' || query.table !== undefined, {
      path: ['table'],
      message: 'required',
    }),
  responses: { 200: z.string().describe('Het bestand'), ...fileJobProblemResponses },
});

export const importTemplate = endpoint({
  method: 'GET',
  path: '/import-template',
  tags,
  summary: 'Leeg sjabloon om spelers en relaties in te vullen',
  description:
    '`xlsx`: bladen spelers en relaties met een uitlegrij en keuzelijsten voor kracht, soort, schaal en relatietype. `csv`: één tabel (`table=spelers` of `table=relaties`) met dezelfde kolommen en uitlegrij.',
  querystring: z
    .strictObject({
      format: z.enum(['xlsx', 'csv']).describe('Bestandsformaat.'),
      table: z.enum(TABLES).optional().describe('Bij `csv`: welke tabel.'),
    })
    .refine((query) => query.format !== 'csv' || query.table !== undefined, {
      path: ['table'],
      message: 'required',
    }),
  responses: { 200: z.string().describe('Het sjabloon'), ...problemResponses },
});

export const importAsNewWorkspace = endpoint({
  method: 'POST',
  path: '/workspaces/import',
  tags,
  summary: 'Bestand inlezen als nieuwe werkruimte',
  description: `${uploadDescription} Een bestand zonder werkruimtegegevens (CSV, XLSX zonder blad werkruimte, GEXF of GraphML van een ander programma) heeft de velden \`name\` en \`gemeente\` nodig. De gemeente mag een CBS-code zijn (GM0344) of een naam (Utrecht); een naam die bij geen of bij meer gemeenten past, krijgt suggesties.`,
  upload: true,
  responses: {
    201: z.object({ workspace: workspaceSchema, summary: importSummarySchema }),
    ...fileJobProblemResponses,
  },
});

export const importIntoWorkspace = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/import',
  tags,
  summary: 'Bestand inlezen in deze werkruimte',
  description: `${uploadDescription} Spelers worden herkend aan hun id of naam en bijgewerkt; relaties aan hun id of aan beide spelers en het type. De rest wordt toegevoegd.`,
  params: workspaceParams,
  upload: true,
  responses: { 200: z.object({ summary: importSummarySchema }), ...fileJobProblemResponses },
});
