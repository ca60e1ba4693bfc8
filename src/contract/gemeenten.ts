/** GET /gemeenten: the reference list of Dutch gemeenten (CBS), for pickers and imports. */
import { z } from 'zod';
import { gemeenteSchema } from '../domain/index.ts';
import { endpoint } from './endpoint.ts';

export const listGemeenten = endpoint({
  method: 'GET',
  path: '/gemeenten',
  tags: ['referentie'],
  summary: 'Alle gemeenten met hun CBS-code',
  description: 'Bron: CBS, Gemeentelijke indeling op 1 januari 2026, CC BY 4.0.',
  responses: { 200: z.object({ items: z.array(gemeenteSchema) }) },
});
