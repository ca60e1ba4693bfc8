/**
 * /setup and /session: the first administrator, login, who am I, logout and password change. Login and
 * setup answer with the session (the server also sets its cookie) and the CSRF token the web app sends back
 * on every change.
 */
import { z } from 'zod';
import { credentialsSchema, newAccountSchema, passwordChangeSchema, userSchema } from '../domain/index.ts';
import { problemResponses } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['sessie'];

export const sessionSchema = z.object({
  user: userSchema,
  /** Send this in the X-CSRF-Token header with every request that changes something. */
  csrfToken: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type Session = z.infer<typeof sessionSchema>;

export const getSetup = endpoint({
  method: 'GET',
  path: '/setup',
  tags,
  summary: 'Is er al een beheerder?',
  responses: { 200: z.object({ needed: z.boolean() }), ...problemResponses },
});

export const setUp = endpoint({
  method: 'POST',
  path: '/setup',
  tags,
  summary: 'De eerste beheerder aanmaken (alleen op een nieuwe installatie)',
  description:
    'Kan één keer, en alleen vanaf de computer waar Krachtenveld draait; daarna volgt 409. De beheerder wordt eigenaar van de werkruimtes die nog geen eigenaar hebben (zoals de voorbeeldwerkruimte).',
  body: newAccountSchema,
  responses: { 201: sessionSchema, 409: problemResponses[400], ...problemResponses },
});

export const getSession = endpoint({
  method: 'GET',
  path: '/session',
  tags,
  summary: 'Wie is ingelogd?',
  responses: { 200: sessionSchema, ...problemResponses },
});

export const logIn = endpoint({
  method: 'POST',
  path: '/session',
  tags,
  summary: 'Inloggen met e-mailadres en wachtwoord',
  description:
    'Zet een sessiecookie (HttpOnly, SameSite=Strict). Een onbekend e-mailadres en een verkeerd wachtwoord geven hetzelfde antwoord (401).',
  body: credentialsSchema,
  responses: { 200: sessionSchema, 429: problemResponses[400], ...problemResponses },
});

export const logOut = endpoint({
  method: 'DELETE',
  path: '/session',
  tags,
  summary: 'Uitloggen',
  responses: { 204: z.null().describe('Uitgelogd'), ...problemResponses },
});

export const changePassword = endpoint({
  method: 'PUT',
  path: '/session/password',
  tags,
  summary: 'Wachtwoord wijzigen',
  description: 'Andere sessies van dit account worden beëindigd; deze blijft geldig.',
  body: passwordChangeSchema,
  responses: { 204: z.null().describe('Gewijzigd'), ...problemResponses },
});
