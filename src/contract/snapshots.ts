/**
 * /workspaces/{workspaceId}/snapshots: momentopnames, named and dated copies of the whole werkruimte that
 * never change. Made by hand (redacteur), when an uitvraag or a bijeenkomst closes, or on a schedule;
 * downloadable as a backup; deleted by an eigenaar only.
 */
import { z } from 'zod';
import {
  actorCreateSchema,
  backupDiffSchema,
  graphRelationSchema,
  layoutSchema,
  positionsSchema,
  snapshotCreateSchema,
  snapshotSchema,
  workspaceSchema,
} from '../domain/index.ts';
import { problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['tijd'];
const snapshotParams = workspaceParams.extend({ snapshotId: z.uuid() });

export const listSnapshots = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/snapshots',
  tags,
  summary: 'Momentopnames opvragen',
  description:
    'Nieuwste eerst, met naam, datum, waarom ze gemaakt is en hoeveel erin zit (nooit de inhoud zelf).',
  params: workspaceParams,
  responses: { 200: z.object({ items: z.array(snapshotSchema) }), ...problemResponses },
});

export const createSnapshot = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/snapshots',
  tags,
  summary: 'Momentopname maken',
  description:
    'Legt de hele werkruimte vast zoals hij nu is: spelers, relaties, perspectieven, beoordelingen, vraagstukken, posities en de opgeslagen kaart. Een momentopname verandert daarna nooit meer.',
  params: workspaceParams,
  body: snapshotCreateSchema,
  responses: { 201: snapshotSchema, ...problemResponses },
});

export const getSnapshot = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/snapshots/:snapshotId',
  tags,
  summary: 'Eén momentopname opvragen',
  params: snapshotParams,
  responses: { 200: snapshotSchema, ...problemResponses },
});

export const downloadSnapshot = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/snapshots/:snapshotId/backup',
  tags,
  summary: 'Momentopname downloaden als back-up',
  description:
    'De werkruimte zoals hij op dat moment was, als back-upbestand (krachtenveld-backup/2). Terugzetten als nieuwe werkruimte gaat zoals met elke back-up.',
  params: snapshotParams,
  responses: { 200: z.string().describe('Het back-upbestand (JSON)'), ...problemResponses },
});

export const viewSnapshot = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/snapshots/:snapshotId/graph',
  tags,
  summary: 'De kaart van een momentopname bekijken',
  description:
    'De werkruimte zoals hij toen was: de spelers met hun profiel, de relaties in de vorm van de kaart (zoals `GET /workspaces/{id}/graph`) en de opgeslagen plaatsen op de kaart. Alleen om te bekijken.',
  params: snapshotParams,
  responses: {
    200: z.object({
      snapshot: snapshotSchema,
      workspace: workspaceSchema.describe('Met de naam, gemeente, wijken en beschrijving van toen.'),
      actors: z.array(actorCreateSchema.extend({ id: z.uuid() })),
      relations: z.array(graphRelationSchema),
      layouts: z.partialRecord(layoutSchema, positionsSchema),
    }),
    ...problemResponses,
  },
});

export const deleteSnapshot = endpoint({
  method: 'DELETE',
  path: '/workspaces/:workspaceId/snapshots/:snapshotId',
  tags,
  summary: 'Momentopname verwijderen',
  description: 'Alleen voor een eigenaar. De geschiedenis houdt bij welke momentopname wie verwijderde.',
  params: snapshotParams,
  responses: { 204: z.null(), ...problemResponses },
});

const momentSchema = z.object({
  snapshot: snapshotSchema.nullable().describe('De momentopname; leeg: de werkruimte zoals hij nu is.'),
  at: z.iso.datetime({ offset: true }),
});

const indexCardSchema = z.object({
  key: z.string(),
  value: z.number().nullable(),
  band: z.string(),
  format: z.string(),
});

export const diffWorkspace = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/diff',
  tags,
  summary: 'Wat veranderde tussen twee momenten',
  description:
    'Vergelijkt een momentopname (`from`) met een latere momentopname of met nu (`to=now`): spelers, relaties, perspectieven, vraagstukken, beoordelingen en posities die erbij kwamen, verdwenen of veranderden (per veld), en hoe elke index van de diagnose veranderde, in een zin.',
  params: workspaceParams,
  querystring: z.strictObject({
    from: z.uuid().describe('De eerste momentopname.'),
    to: z.union([z.uuid(), z.literal('now')]).describe('De tweede momentopname, of `now`.'),
    lang: z.enum(['nl', 'en']).optional().describe('Taal van de zinnen; standaard die van Accept-Language.'),
  }),
  responses: {
    200: z.object({
      from: momentSchema,
      to: momentSchema,
      changes: backupDiffSchema,
      indices: z.array(
        z.object({
          key: z.string(),
          from: indexCardSchema,
          to: indexCardSchema,
          delta: z.number().nullable(),
          direction: z.enum(['better', 'worse', 'same', 'unknown']),
          sentence: z.string(),
        }),
      ),
    }),
    ...problemResponses,
  },
});
