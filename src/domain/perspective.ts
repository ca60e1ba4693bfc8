/**
 * A perspectief (perspective): a named group that makes claims about the field — "Gemeente — beleid"
 * (gemeente), "Wijkteam Noord" (professional), "Bewoners Indische Buurt" (bewoner). Every assessment of a
 * relatie and every position on a vraagstuk says which perspective made it, so the map can be drawn as one
 * group sees it and two groups' views compared. The werkruimte's editors' own view is a perspective too
 * (`editors`): the claims typed in the ordinary forms are theirs.
 */
import { z } from 'zod';
import { longTextSchema, nameSchema, versionSchema } from './text-rules.ts';
import { FORCES, type Force } from './vocabulary.ts';

const perspectiveFields = {
  name: nameSchema(),
  /** The kracht the group speaks for; null for a group that is none of the five (the editors, a mix). */
  force: z.enum(FORCES).nullable(),
  description: longTextSchema,
};

export const perspectiveCreateSchema = z.strictObject({
  ...perspectiveFields,
  force: perspectiveFields.force.default(null),
  description: longTextSchema.default(''),
});
export type PerspectiveCreate = z.infer<typeof perspectiveCreateSchema>;

export const perspectiveUpdateSchema = z.strictObject({
  version: versionSchema,
  ...z.object(perspectiveFields).partial().shape,
});
export type PerspectiveUpdate = z.infer<typeof perspectiveUpdateSchema>;

export const perspectiveSchema = z.object({
  id: z.uuid(),
  ...perspectiveFields,
  /** The werkruimte's editors' own view: claims made in the ordinary forms. One per werkruimte. */
  editors: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Perspective = z.infer<typeof perspectiveSchema>;

/**
 * The perspectives a new werkruimte starts with: the editors' view and one per kracht, so claims can be
 * attributed from the first day; users rename them or add finer ones ("Wijkteam Noord").
 */
export const DEFAULT_PERSPECTIVES: readonly { name: string; force: Force | null; editors: boolean }[] = [
  { name: 'Redactie', force: null, editors: true },
  { name: 'Rijk', force: 'rijk', editors: false },
  { name: 'Instellingen', force: 'instelling', editors: false },
  { name: 'Gemeente', force: 'gemeente', editors: false },
  { name: 'Professionals', force: 'professional', editors: false },
  { name: 'Bewoners', force: 'bewoner', editors: false },
];
