/**
 * Counts what an XML part of an XLSX will cost exceljs, byte by byte as it is inflated, before exceljs sees
 * it: start tags (all of them, or only those with one local name, such as `c` for cells or `si` for shared
 * strings) and attributes, in total and on the busiest element. It is a tally, not a parser: a `<` inside
 * a comment may count as a tag, which only ever counts too much, never too little.
 */

/** Bytes that end a tag name: space, tab, CR, LF, `>`, `/`. */
const AFTER_NAME = new Uint8Array(256);
for (const byte of [0x20, 0x09, 0x0d, 0x0a, 0x3e, 0x2f]) AFTER_NAME[byte] = 1;

const LT = 0x3c;
const GT = 0x3e;
const COLON = 0x3a;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
/** After `<`: `/`, `?` and `!` open a closing tag, an instruction or a comment, not an element. */
const NOT_AN_ELEMENT = new Set([0x2f, 0x3f, 0x21]);

enum State {
  Text,
  TagStart,
  Name,
  InTag,
  InQuote,
  OtherTag,
}

/** Longest local name compared; longer names never match. */
const NAME_BYTES = 16;

export class XmlTally {
  /** Start tags with the local name asked for (every start tag when none was asked for). */
  elements = 0;
  attributes = 0;
  /** Most attributes on one element. */
  widestElement = 0;

  private state = State.Text;
  private quote = 0;
  private readonly name = new Uint8Array(NAME_BYTES);
  private nameLength = 0;
  private elementAttributes = 0;
  private readonly wanted: Uint8Array | undefined;

  /** @param localName count only start tags with this local name (`c`, `si`); every start tag without one. */
  constructor(localName?: string) {
    this.wanted = localName === undefined ? undefined : new TextEncoder().encode(localName);
  }

  add(chunk: Uint8Array): void {
    let { state, quote, nameLength, elementAttributes } = this;
    const name = this.name;
    for (let index = 0; index < chunk.length; index++) {
      const byte = chunk[index] as number;
      switch (state) {
        case State.Text:
          if (byte === LT) state = State.TagStart;
          break;
        case State.TagStart:
          if (NOT_AN_ELEMENT.has(byte)) state = State.OtherTag;
          else {
            state = State.Name;
            nameLength = 0;
            elementAttributes = 0;
            index--; // the first byte of the name: read it again in the Name state
          }
          break;
        case State.Name:
          if (AFTER_NAME[byte] === 1) {
            if (this.matches(nameLength)) this.elements++;
            state = byte === GT ? State.Text : State.InTag;
          } else if (byte === COLON) nameLength = 0;
          else if (nameLength < NAME_BYTES) name[nameLength++] = byte;
          else nameLength = NAME_BYTES + 1; // too long to match anything
          break;
        case State.InTag:
          if (byte === GT) state = State.Text;
          else if (byte === QUOTE || byte === APOSTROPHE) {
            state = State.InQuote;
            quote = byte;
          } else if (byte === EQUALS) {
            this.attributes++;
            elementAttributes++;
            if (elementAttributes > this.widestElement) this.widestElement = elementAttributes;
          }
          break;
        case State.InQuote:
          if (byte === quote) state = State.InTag;
          break;
        case State.OtherTag:
          if (byte === GT) state = State.Text;
          break;
      }
    }
    this.state = state;
    this.quote = quote;
    this.nameLength = nameLength;
    this.elementAttributes = elementAttributes;
  }

  private matches(length: number): boolean {
    const wanted = this.wanted;
    if (!wanted) return true;
    if (length !== wanted.length) return false;
    for (let k = 0; k < length; k++) if (this.name[k] !== wanted[k]) return false;
    return true;
  }
}
