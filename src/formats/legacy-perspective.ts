/**
 * A relatie's old free-text perspective — a version 1 backup's `perspective`, the `perspectief` column of
 * an older spreadsheet's relaties, the `perspectief` attribute of an older network file's edges — read as
 * what it now is: that perspective's assessment of the relatie (the tie exists, with the relatie's
 * strength). One place, so every format reads the old text the same way the database migration did:
 *
 * - a kracht's code (`bewoner`) names that kracht's perspective: the file's own one when it lists exactly
 *   one for that kracht, else the werkruimte's (the plan's NamedRef.force);
 * - any other text names a perspective by name (case and spacing ignored); one neither the file lists nor
 *   the werkruimte has is made, once per name, placed at the first cell that names it.
 */
import { FORCES, type Force } from '../domain/index.ts';
import type { DocumentPerspective, ImportDocument, NamedRef, Place, RelationRef } from './import-document.ts';
import { nameKey } from './import-plan.ts';

export interface LegacyPerspectiveText {
  /** The relatie the text stood on: its key in the file. */
  relation: RelationRef;
  text: string;
  /** The relatie's strength as the file gives it (left out when the file has none, or a bad one). */
  strength?: number | null;
  /** The relatie's place; `columns.perspectiveId` names the column or attribute that held the text. */
  place: Place;
}

const asForce = (text: string): Force | undefined =>
  FORCES.includes(text.toLowerCase() as Force) ? (text.toLowerCase() as Force) : undefined;

/** Adds the claims (and any new perspectives) the texts stand for to the document; nothing when none. */
export function addLegacyClaims(document: ImportDocument, texts: readonly LegacyPerspectiveText[]): void {
  const claims = texts.filter((item) => item.text.trim() !== '');
  if (claims.length === 0) return;
  const perspectives: DocumentPerspective[] = document.perspectives ?? [];
  const named = new Set(perspectives.map((perspective) => nameKey(perspective.fields.name)));
  const ofForce = (force: Force) =>
    perspectives.filter((perspective) => !perspective.editors && perspective.fields.force === force);
  const assessments = document.assessments ?? [];
  for (const { relation, text, strength, place } of claims) {
    const name = text.trim();
    const force = asForce(name);
    const column = place.columns.perspectiveId ?? 'perspective';
    let perspective: NamedRef;
    if (force) {
      const listed = ofForce(force);
      perspective = listed.length === 1 ? { key: (listed[0] as DocumentPerspective).key } : { force };
    } else {
      perspective = { name };
      if (!named.has(nameKey(name))) {
        named.add(nameKey(name));
        perspectives.push({
          key: `perspective:${nameKey(name)}`,
          fields: { name },
          place: { sheet: place.sheet, row: place.row, columns: { name: column } },
        });
      }
    }
    assessments.push({
      relation,
      perspective,
      fields: { present: true, ...(strength === undefined ? {} : { strength }) },
      place,
    });
  }
  document.perspectives = perspectives;
  document.assessments = assessments;
}
