/**
 * The OpenAPI 3 document, generated from the routes' zod schemas and published at /api/v1/openapi.json
 * (NL API Design Rules API-51). Must be registered before the routes it describes.
 */
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { API_PREFIX, API_VERSION } from '../../contract/index.ts';

export const openApi = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'Krachtenveld API',
          version: API_VERSION,
          description:
            'Werkruimtes, spelers en relaties van het lokale sociaal domein. Fouten volgen RFC 9457 ' +
            '(application/problem+json) met `invalidParams` per veld.',
          license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
        },
        servers: [{ url: '/' }],
        tags: [
          { name: 'werkruimtes', description: 'Een kaart per gemeente of wijk' },
          { name: 'spelers', description: 'Partijen in het krachtenveld' },
          { name: 'relaties', description: 'Verbindingen tussen spelers' },
          { name: 'kaart', description: 'De hele kaart in één keer' },
          { name: 'referentie', description: 'Referentiegegevens' },
          { name: 'sessie', description: 'Inloggen, uitloggen en de eerste beheerder' },
          { name: 'leden', description: 'Leden van een werkruimte, hun rol en uitnodigingen' },
          { name: 'geschiedenis', description: 'Wie wat wanneer wijzigde; verwijderde spelers terugzetten' },
        ],
      },
      transform: jsonSchemaTransform,
    });
    app.get(`${API_PREFIX}/openapi.json`, { config: { auth: 'public' }, schema: { hide: true } }, async () =>
      app.swagger(),
    );
  },
  { name: 'openapi' },
);
