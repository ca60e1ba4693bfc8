/**
 * What an import did, as the API answers it, the CLI prints it and the web app words it: how many spelers
 * and relaties were added or updated, what in the file was not used and how foreign columns were used.
 */
import { z } from 'zod';

const counts = z.object({ created: z.number().int(), updated: z.number().int() });

export const importSummarySchema = z.object({
  actors: counts,
  relations: counts,
  claims: z
    .object({
      perspectives: counts,
      topics: counts,
      assessments: counts,
      positions: counts,
    })
    .optional()
    .describe('Perspectieven, vraagstukken, beoordelingen en posities, als het bestand die had.'),
  ignored: z.array(z.string()).describe('Kolommen of attributen die niet zijn gebruikt (`blad: kolom`).'),
  mapped: z
    .array(z.object({ from: z.string(), to: z.string() }))
    .describe('Hoe onbekende kolommen of attributen zijn gebruikt.'),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;
