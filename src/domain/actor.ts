/**
 * A speler (actor): an organisation, team, initiative, network or person-in-a-role, with its kracht and its
 * profile on the four dimensions (achtergrond, motieven, kenmerken, perspectief) plus rol and belangen.
 */
import { z } from 'zod';
import {
  labelListSchema,
  longTextSchema,
  nameSchema,
  sourceListSchema,
  versionSchema,
} from './text-rules.ts';
import { ACTOR_KINDS, DOMAINS, FORCES, SCALES } from './vocabulary.ts';

/** The profile texts, in the order forms and reports show them. */
export const PROFILE_FIELDS = [
  'achtergrond',
  'motieven',
  'kenmerken',
  'perspectief',
  'rol',
  'belangen',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Every profile text empty: a speler nobody has described yet. */
export const EMPTY_PROFILE = Object.freeze(
  Object.fromEntries(PROFILE_FIELDS.map((field) => [field, ''])) as Record<ProfileField, string>,
);

const websiteSchema = z
  .url({ protocol: /^https?$/, message: 'website_format' })
  .max(2_000)
  .refine((value) => !/\p{Cc}/u.test(value), { message: 'website_format' })
  .nullable();

/** One schema per profile text: a new profile field is one entry in PROFILE_FIELDS. */
function profileTexts<S extends z.ZodType>(schema: S): Record<ProfileField, S> {
  return Object.fromEntries(PROFILE_FIELDS.map((field) => [field, schema])) as Record<ProfileField, S>;
}

const actorFields = {
  name: nameSchema(),
  force: z.enum(FORCES),
  kind: z.enum(ACTOR_KINDS),
  ...profileTexts(longTextSchema),
  domains: z
    .array(z.enum(DOMAINS))
    .max(DOMAINS.length)
    .refine((items) => new Set(items).size === items.length, {
      message: 'duplicate_items',
    }),
  scale: z.enum(SCALES).nullable(),
  wijken: labelListSchema(),
  tags: labelListSchema(),
  website: websiteSchema,
  sources: sourceListSchema,
};

/** How a list of spelers can be sorted; a leading minus reverses. */
export const ACTOR_SORTS = ['name', '-name', 'force', '-force', 'updatedAt', '-updatedAt'] as const;
export type ActorSort = (typeof ACTOR_SORTS)[number];

/** Everything but name, force and kind may be left out when creating; the defaults mean "not known yet". */
export const actorCreateSchema = z.strictObject({
  ...actorFields,
  kind: actorFields.kind.default('organisatie'),
  ...profileTexts(longTextSchema.default('')),
  domains: actorFields.domains.default([]),
  scale: actorFields.scale.default(null),
  wijken: actorFields.wijken.default([]),
  tags: actorFields.tags.default([]),
  website: websiteSchema.default(null),
  sources: sourceListSchema.default([]),
});
export type ActorCreate = z.infer<typeof actorCreateSchema>;

export const actorUpdateSchema = z.strictObject({
  version: versionSchema,
  ...z.object(actorFields).partial().shape,
});
export type ActorUpdate = z.infer<typeof actorUpdateSchema>;

export const actorSchema = z.object({
  id: z.uuid(),
  workspaceId: z.uuid(),
  ...actorFields,
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Actor = z.infer<typeof actorSchema>;
