/**
 * Personal links of an uitvraag as the coordinator gets them: the server answers with a path
 * (`/uitvraag#<token>`, the token in the fragment that browsers never send); the link to send is this web
 * app's address in front of it. Rows are named by their speler and sorted, so a list of 40 links reads
 * like the respondents table.
 */
import { dutchCollator } from '../collator.ts';

/** The absolute address of a link: the app's origin (`https://kaart.example.nl`) and the server's path. */
export function linkUrl(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

export interface IssuedLinkRow {
  respondentId: string;
  actorId: string;
  actorName: string;
  url: string;
}

/** The issued links with their speler's name and full address, alphabetical by speler. */
export function linkRows(
  links: readonly { respondentId: string; actorId: string; path: string }[],
  actorName: (actorId: string) => string | undefined,
  origin: string,
): IssuedLinkRow[] {
  return links
    .map((link) => ({
      respondentId: link.respondentId,
      actorId: link.actorId,
      actorName: actorName(link.actorId) ?? '',
      url: linkUrl(origin, link.path),
    }))
    .sort((a, b) => dutchCollator.compare(a.actorName, b.actorName));
}

/** The name a downloaded link list is saved under when the server gave none. */
export function linkFileName(format: 'csv' | 'xlsx', given: string | null): string {
  return given ?? `uitvraag-links.${format}`;
}
