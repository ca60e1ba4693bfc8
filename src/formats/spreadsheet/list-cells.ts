/**
 * How one spreadsheet cell holds several values. Our exports write ` | `; people also type what Dutch
 * Excel and the web form use (`;` and `,`), so a list cell (domeinen, wijken, tags) is split on all three.
 * None of those lists can hold a comma or semicolon in a value: the web form splits wijken and tags on
 * commas too, and no domein has one.
 *
 * Bronnen are different: a title may hold a comma ("Gesprek met teamleider, 12 maart") and a web address a
 * comma or semicolon (`…/rapport;jsessionid=…`, `…?ids=1,2`). So a bronnen cell is split on `|` always, on
 * `;` followed by a space (a web address never holds a space), and on `,` or `;` before a web address
 * only when every part is a web address (`https://a.nl, https://b.nl`); anything else stays one source.
 */

/** The separators a list cell accepts, as the explanation row and the error messages name them. */
export const LIST_SEPARATORS = ['|', ';', ','] as const;

const trimmed = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '');

/** The values of a domeinen, wijken or tags cell. */
export function splitList(text: string): string[] {
  return trimmed(text.split(/[|;,]/));
}

const WEB_ADDRESS = /^(https?:\/\/|www\.)\S+$/i;
const BEFORE_WEB_ADDRESS = /[;,]\s*(?=https?:\/\/|www\.)/i;

/** The sources of a bronnen cell (see above). */
export function splitSources(text: string): string[] {
  return trimmed(
    text
      .split('|')
      .flatMap((part) => part.split(/;(?=\s)/))
      .flatMap((part) => {
        const addresses = trimmed(part.split(BEFORE_WEB_ADDRESS));
        return addresses.length > 1 && addresses.every((item) => WEB_ADDRESS.test(item)) ? addresses : [part];
      }),
  );
}
