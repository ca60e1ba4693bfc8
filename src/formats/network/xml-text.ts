/**
 * XML 1.0 cannot hold most control characters (U+0001–U+0008, U+000B, U+000C, U+000E–U+001F), which the
 * domain allows in long texts. They become U+FFFD in network files, so the file stays well-formed; tab,
 * line feed and carriage return are kept.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the characters XML 1.0 cannot hold.
const NOT_IN_XML = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ALL_NOT_IN_XML = new RegExp(NOT_IN_XML.source, 'g');

export function xmlSafe(value: string): string {
  return NOT_IN_XML.test(value) ? value.replace(ALL_NOT_IN_XML, '\uFFFD') : value;
}

/** Element text with what xml-writer leaves unescaped: a carriage return, which parsers would drop. */
export function escapeElementText(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#xD;');
}
