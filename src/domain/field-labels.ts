/**
 * The words people see for the fields of a werkruimte's records, in Dutch and English: "sterkte" for
 * `strength`, "begindatum" for `validFrom`. A change is named by them wherever it is shown — the web's
 * history and Tijd section (web/i18n `history.fields` is made from this list) and the command line's
 * `diff` — so the screen and the terminal say the same. Profile texts are named as the speler form labels
 * them (web/i18n `actorForm`, in lower case); a web test keeps the two equal.
 */
import type { ProfileField } from './actor.ts';
import type { Label, LabelLanguage } from './vocabulary-labels.ts';

type FieldKey =
  | ProfileField
  | 'name'
  | 'force'
  | 'kind'
  | 'domains'
  | 'scale'
  | 'wijken'
  | 'tags'
  | 'website'
  | 'sources'
  | 'gemeente'
  | 'description'
  | 'snapshotSchedule'
  | 'sourceId'
  | 'targetId'
  | 'type'
  | 'strength'
  | 'validFrom'
  | 'validTo'
  | 'claimedByEditors'
  | 'perspective'
  | 'editors'
  | 'status'
  | 'present'
  | 'trust'
  | 'value'
  | 'note'
  | 'source'
  | 'origin'
  | 'invloed'
  | 'belang'
  | 'standpunt'
  | 'beweging'
  | 'reasoning';

export const FIELD_LABELS: Readonly<Record<FieldKey, Label>> = {
  name: { nl: 'naam', en: 'name' },
  force: { nl: 'kracht', en: 'force' },
  kind: { nl: 'soort', en: 'kind' },
  domains: { nl: 'domeinen', en: 'domains' },
  achtergrond: { nl: 'achtergrond', en: 'background' },
  motieven: { nl: 'motieven', en: 'motives' },
  kenmerken: { nl: 'kenmerken', en: 'characteristics' },
  perspectief: { nl: 'perspectief', en: 'perspective' },
  rol: { nl: 'rol in de decentralisatie', en: 'role in the decentralisation' },
  belangen: { nl: 'belangen en logica', en: 'interests and logic' },
  scale: { nl: 'schaal', en: 'scale' },
  wijken: { nl: 'wijken', en: 'neighbourhoods' },
  tags: { nl: 'labels', en: 'labels' },
  website: { nl: 'website', en: 'website' },
  sources: { nl: 'bronnen', en: 'sources' },
  gemeente: { nl: 'gemeente', en: 'municipality' },
  description: { nl: 'toelichting', en: 'explanation' },
  snapshotSchedule: { nl: 'automatische momentopnames', en: 'automatic snapshots' },
  sourceId: { nl: 'van', en: 'from' },
  targetId: { nl: 'naar', en: 'to' },
  type: { nl: 'soort relatie', en: 'kind of relation' },
  strength: { nl: 'sterkte', en: 'strength' },
  validFrom: { nl: 'begindatum', en: 'start date' },
  validTo: { nl: 'einddatum', en: 'end date' },
  claimedByEditors: { nl: 'claim van de redactie', en: "the editors' claim" },
  perspective: { nl: 'perspectief', en: 'perspective' },
  editors: { nl: 'redactie', en: 'editors' },
  status: { nl: 'status', en: 'status' },
  present: { nl: 'bestaat', en: 'exists' },
  trust: { nl: 'vertrouwen', en: 'trust' },
  value: { nl: 'waarde', en: 'value' },
  note: { nl: 'notitie', en: 'note' },
  source: { nl: 'bron', en: 'source' },
  origin: { nl: 'herkomst', en: 'origin' },
  invloed: { nl: 'invloed', en: 'influence' },
  belang: { nl: 'belang', en: 'interest' },
  standpunt: { nl: 'standpunt', en: 'stance' },
  beweging: { nl: 'beweging', en: 'movement' },
  reasoning: { nl: 'onderbouwing', en: 'reasoning' },
};

/** A field's word in one language; a field without one (a newer backup's) by its key. */
export function fieldLabel(field: string, language: LabelLanguage): string {
  return Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field as FieldKey][language] : field;
}
