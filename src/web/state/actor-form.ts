/**
 * Speler form state as the user types it (strings, comma lists, one source per line) and its conversion
 * to the API's shape. Pure functions, so the form component only renders and the conversion rules live in
 * one place.
 */
import {
  type Actor,
  type ActorKind,
  type Domain,
  EMPTY_PROFILE,
  type Force,
  PROFILE_FIELDS,
  type ProfileField,
  type Scale,
} from '../../domain/index.ts';

/** The profile texts of a speler, and only those (the form holds nothing else of the profile as text). */
function profileOf(actor: Record<ProfileField, string>): Record<ProfileField, string> {
  return Object.fromEntries(PROFILE_FIELDS.map((field) => [field, actor[field]])) as Record<
    ProfileField,
    string
  >;
}

export interface ActorFormValues extends Record<ProfileField, string> {
  name: string;
  /** Empty until the user chooses: a default kracht would put a new speler in the wrong place unnoticed. */
  force: Force | '';
  kind: ActorKind;
  domains: Domain[];
  scale: Scale | '';
  wijken: string;
  tags: string;
  website: string;
  sources: string;
}

export const EMPTY_ACTOR_FORM: ActorFormValues = {
  name: '',
  force: '',
  kind: 'organisatie',
  ...EMPTY_PROFILE,
  domains: [],
  scale: '',
  wijken: '',
  tags: '',
  website: '',
  sources: '',
};

export function formValuesOf(actor: Actor): ActorFormValues {
  return {
    name: actor.name,
    force: actor.force,
    kind: actor.kind,
    ...profileOf(actor),
    domains: actor.domains,
    scale: actor.scale ?? '',
    wijken: actor.wijken.join(', '),
    tags: actor.tags.join(', '),
    website: actor.website ?? '',
    sources: actor.sources.join('\n'),
  };
}

const commaList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
const lineList = (text: string) =>
  text
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean);

export function payloadOf(values: ActorFormValues) {
  return {
    ...values,
    force: values.force === '' ? undefined : values.force,
    scale: values.scale === '' ? null : values.scale,
    wijken: commaList(values.wijken),
    tags: commaList(values.tags),
    website: values.website.trim() === '' ? null : values.website.trim(),
    sources: lineList(values.sources),
  };
}

export function isDirty(values: ActorFormValues, original: ActorFormValues): boolean {
  return JSON.stringify(values) !== JSON.stringify(original);
}

/** Field name of an API issue path (`wijken.2` → `wijken`), for showing its message beside the input. */
export function fieldOf(path: string): string {
  return path.split('.')[0] ?? '';
}
