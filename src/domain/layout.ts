/**
 * Saved node positions of the web map, per werkruimte and layout, so the map looks the same next time and
 * for everyone. A layout's positions are saved as one document (all spelers at once) and replace what was
 * saved before. Coordinates are finite and bounded: the same limits are check constraints in the database
 * (src/store/schema.ts).
 */
import { z } from 'zod';

/** The map's layouts: the five forces in their own sectors, and the free network layout (ForceAtlas2). */
export const LAYOUTS = ['vijf_krachten', 'force'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Most positions one document may hold: twice the largest werkruimte we plan for. */
export const POSITIONS_MAX = 100_000;
/** Coordinates lie strictly between -COORDINATE_MAX and COORDINATE_MAX. */
export const COORDINATE_MAX = 1e9;

export const layoutSchema = z.enum(LAYOUTS);

/** JSON cannot carry NaN, but `1e999` parses to Infinity; zod's number refuses both. */
const coordinateSchema = z.number().gt(-COORDINATE_MAX).lt(COORDINATE_MAX);

export const positionSchema = z.strictObject({ x: coordinateSchema, y: coordinateSchema });
export type Position = z.infer<typeof positionSchema>;

/** Speler id → position. */
export const positionsSchema = z
  .record(z.uuid(), positionSchema)
  .check((ctx) => {
    const count = Object.keys(ctx.value).length;
    if (count > POSITIONS_MAX) {
      ctx.issues.push({
        code: 'too_big',
        origin: 'array',
        maximum: POSITIONS_MAX,
        inclusive: true,
        input: ctx.value,
        message: 'too_long',
      });
    }
  })
  .describe(`Per speler-id de positie op de kaart; hoogstens ${POSITIONS_MAX} spelers.`);
export type Positions = z.infer<typeof positionsSchema>;

export const layoutPositionsSchema = z.strictObject({
  layout: layoutSchema,
  positions: positionsSchema,
});
export type LayoutPositions = z.infer<typeof layoutPositionsSchema>;
