/**
 * The krachtenveldanalyse as a report: which sections it can hold, in which formats it comes, and what a
 * user may choose (sections, a vraagstuk, a perspective, a snapshot to compare with, an introduction and
 * conclusions of their own). Sections without data are left out or say so in a sentence; none is faked.
 */
import { z } from 'zod';
import { longTextSchema } from './text-rules.ts';

/** In the order the report has them. */
export const REPORT_SECTIONS = [
  'summary',
  'forces',
  'map',
  'diagnosis',
  'brokers',
  'suggestions',
  'residents',
  'topics',
  'perspectives',
  'changes',
  'method',
  'register',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_FORMATS = ['pdf', 'docx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Own texts are for a page or two each, not a book. */
export const REPORT_OWN_TEXT_MAX = 10_000;

export const reportOptionsSchema = z.object({
  sections: z
    .array(z.enum(REPORT_SECTIONS))
    .min(1)
    .refine((items) => new Set(items).size === items.length, { message: 'duplicate_items' })
    .optional()
    .describe('Welke onderdelen; standaard alle. De volgorde is altijd die van het rapport.'),
  topic: z.uuid().optional().describe('Alleen dit vraagstuk (standpunten, invloed en belang).'),
  perspective: z.uuid().optional().describe('De kaart en de diagnose zoals dit perspectief ze ziet.'),
  since: z.uuid().optional().describe('Een momentopname: wat veranderde er sindsdien.'),
  introduction: longTextSchema
    .max(REPORT_OWN_TEXT_MAX)
    .optional()
    .describe('Uw eigen inleiding, vooraan in het rapport.'),
  conclusions: longTextSchema
    .max(REPORT_OWN_TEXT_MAX)
    .optional()
    .describe('Uw eigen conclusies, na de samenvatting.'),
  lang: z.enum(['nl', 'en']).optional().describe('Taal van het rapport; standaard die van Accept-Language.'),
});
export type ReportOptions = z.infer<typeof reportOptionsSchema>;
