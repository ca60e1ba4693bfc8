/**
 * A werkruimte (workspace): one map, tied to one gemeente by its CBS code. Whether the code names an
 * existing gemeente is checked against the shipped reference list by the store (foreign key) and the server;
 * here only its shape is checked, because the domain does no IO.
 */
import { z } from 'zod';
import { snapshotScheduleSchema } from './snapshot-schedule.ts';
import { labelListSchema, longTextSchema, nameSchema, versionSchema } from './text-rules.ts';

export const GEMEENTE_CODE = /^GM\d{4}$/;

export const gemeenteCodeSchema = z.string().regex(GEMEENTE_CODE, {
  message: 'gemeente_code_format',
});

export const gemeenteSchema = z.object({
  code: gemeenteCodeSchema,
  name: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  year: z.number().int(),
});
export type Gemeente = z.infer<typeof gemeenteSchema>;

/**
 * A gemeente that does not exist, for the demo and for practice werkruimtes: a werkruimte needs a gemeente,
 * and a real one would make invented spelers look like a real gemeente's. CBS codes stop below GM2000, so
 * this code never clashes with a real one; it is added to the reference list next to CBS's.
 */
export const PRACTICE_GEMEENTE: Gemeente = {
  code: 'GM9999',
  name: 'Voorbeeldgemeente (fictief)',
  provinceCode: 'PV00',
  provinceName: 'Geen (fictief)',
  year: 2026,
};

const workspaceFields = {
  name: nameSchema(),
  gemeente: gemeenteCodeSchema,
  wijken: labelListSchema(),
  description: longTextSchema,
};

export const workspaceCreateSchema = z.strictObject({
  ...workspaceFields,
  wijken: workspaceFields.wijken.default([]),
  description: workspaceFields.description.default(''),
});
export type WorkspaceCreate = z.infer<typeof workspaceCreateSchema>;

/**
 * The werkruimte's settings: not part of a backup (a restored werkruimte starts without a schedule), and
 * changed by an eigenaar only (server/routes/workspaces.ts).
 */
const workspaceSettings = {
  snapshotSchedule: snapshotScheduleSchema,
};

export const workspaceUpdateSchema = z.strictObject({
  version: versionSchema,
  ...z.object(workspaceFields).partial().shape,
  ...z.object(workspaceSettings).partial().shape,
});
export type WorkspaceUpdate = z.infer<typeof workspaceUpdateSchema>;

export const workspaceSchema = z.object({
  id: z.uuid(),
  ...workspaceFields,
  ...workspaceSettings,
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Workspace = z.infer<typeof workspaceSchema>;
