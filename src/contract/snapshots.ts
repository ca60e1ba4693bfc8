/**
 * /workspaces/{workspaceId}/snapshots: momentopnames, named and dated copies of the whole werkruimte that
 * never change. Made by hand (redacteur), when an uitvraag or a bijeenkomst closes, or on a schedule;
 * downloadable as a backup; deleted by an eigenaar only.
 */
import { z } from 'zod';
import { snapshotCreateSchema, snapshotSchema } from '../domain/index.ts';
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

export const deleteSnapshot = endpoint({
  method: 'DELETE',
  path: '/workspaces/:workspaceId/snapshots/:snapshotId',
  tags,
  summary: 'Momentopname verwijderen',
  description: 'Alleen voor een eigenaar. De geschiedenis houdt bij welke momentopname wie verwijderde.',
  params: snapshotParams,
  responses: { 204: z.null(), ...problemResponses },
});
