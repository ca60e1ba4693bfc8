/** GET /health: for load balancers and for `npm start` users wondering if it runs. */
import { z } from 'zod';
import { endpoint } from './endpoint.ts';

export const getHealth = endpoint({
  method: 'GET',
  path: '/health',
  tags: ['referentie'],
  summary: 'Werkt de dienst?',
  responses: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
});
