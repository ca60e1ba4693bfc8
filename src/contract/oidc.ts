/**
 * /session/methods, and — when the gemeente's own identity provider is configured — /session/oidc (start)
 * and /session/oidc/callback (return). The last two are not called but followed by the browser: they answer
 * with a redirect (302), to the identity provider and back to the app.
 */
import { z } from 'zod';
import { problemResponses, problemSchema } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['sessie'];

const redirect = (description: string) => z.null().describe(description);

export const methodsSchema = z.object({
  password: z.boolean().describe('Inloggen met e-mailadres en wachtwoord kan altijd.'),
  oidc: z
    .object({ name: z.string().describe('Tekst voor de inlogknop') })
    .nullable()
    .describe('Inloggen via de eigen identity provider van de gemeente; null als die niet is ingesteld.'),
});

export const loginMethods = endpoint({
  method: 'GET',
  path: '/session/methods',
  tags,
  summary: 'Hoe kan ik inloggen?',
  description: 'Zegt de inlogpagina of zij een knop voor de eigen identity provider moet tonen.',
  responses: { 200: methodsSchema, ...problemResponses },
});

export const startOidcLogin = endpoint({
  method: 'GET',
  path: '/session/oidc',
  tags,
  summary: 'Inloggen via de eigen identity provider (OpenID Connect)',
  description:
    'Stuurt de browser door naar de identity provider van de gemeente (authorization code flow met PKCE). ' +
    'Zet een kortlevend cookie (10 minuten, HttpOnly, SameSite=Lax) voor de terugkeer. ' +
    '503 als de identity provider niet bereikbaar is.',
  responses: {
    302: redirect('Naar de identity provider'),
    429: problemResponses[400],
    503: problemSchema,
    ...problemResponses,
  },
});

export const oidcCallback = endpoint({
  method: 'GET',
  path: '/session/oidc/callback',
  tags,
  summary: 'Terugkeer van de identity provider (OpenID Connect)',
  description:
    'De identity provider stuurt de browser hierheen met `code`, `state` en `iss` (of `error`). ' +
    'Gelukt: sessiecookie en door naar `/`. Mislukt: door naar `/inloggen?fout=oidc`, of ' +
    '`/inloggen?fout=oidc_email` als er al een account met dit e-mailadres is en de identity provider ' +
    'het adres niet als geverifieerd meldt.',
  responses: { 302: redirect('Naar de app of terug naar de inlogpagina'), ...problemResponses },
});
