/**
 * What an import did, as the API answers it, the CLI prints it and the web app words it: how many spelers
 * and relaties were added or updated, what in the file was not used and how foreign columns were used.
 */
import { z } from 'zod';

export const importSummarySchema = z.object({
  actors: z.object({ created: z.number().int(), updated: z.number().int() }),
  relations: z.object({ created: z.number().int(), updated: z.number().int() }),
  ignored: z.array(z.string()).describe('Kolommen of attributen die niet zijn gebruikt (`blad: kolom`).'),
  mapped: z
    .array(z.object({ from: z.string(), to: z.string() }))
    .describe('Hoe onbekende kolommen of attributen zijn gebruikt.'),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;
