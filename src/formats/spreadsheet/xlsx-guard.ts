/**
 * The checks an XLSX passes before exceljs may read it. A 620 KB file can unpack to 15 million shared
 * strings or 5 million style entries, inside every byte limit, and keep exceljs busy for seconds and
 * gigabytes; so the caps are on what costs, each refused with its own code:
 *
 * - entries in the zip (`too_many_zip_entries`), read from the zip's own directory before JSZip builds an
 *   object for each;
 * - bytes once unzipped (`uncompressed_too_large`): every entry is inflated and what comes out is counted
 *   — the sizes a zip's directory declares can lie — stopping as soon as the total passes the cap;
 * - on the way, per part exceljs reads: cells of the worksheets (`too_many_cells`), entries of the shared
 *   strings (`too_many_shared_strings`), elements of the styles (`too_many_styles`), and attributes in
 *   all of them (`too_many_attributes`: per file, and per element).
 *
 * Nothing is kept but the counts; the check stops at the first cap passed.
 */
import JSZip from 'jszip';
import type { Issue } from '../../domain/index.ts';
import { LIMITS } from '../limits.ts';
import { XmlTally } from './xml-tally.ts';

export const NOT_XLSX: Issue = { path: '', code: 'invalid_file', params: { expected: 'XLSX' } };

const WORKSHEET_PART = /^\/?xl\/worksheets\/sheet\d+\.xml$/;
const SHARED_STRINGS_PART = /^\/?xl\/sharedStrings\.xml$/;
const STYLES_PART = /^\/?xl\/styles\.xml$/;

/** What each part's elements are counted against, by the part's name. */
function tallyFor(name: string): { tally: XmlTally; cap: keyof typeof LIMITS; code: Issue['code'] } | null {
  if (WORKSHEET_PART.test(name)) return { tally: new XmlTally('c'), cap: 'cells', code: 'too_many_cells' };
  if (SHARED_STRINGS_PART.test(name))
    return { tally: new XmlTally('si'), cap: 'sharedStrings', code: 'too_many_shared_strings' };
  if (STYLES_PART.test(name)) return { tally: new XmlTally(), cap: 'styleElements', code: 'too_many_styles' };
  return null;
}

const tooMany = (code: Issue['code'], cap: keyof typeof LIMITS): Issue => ({
  path: '',
  code,
  params: { maximum: LIMITS[cap] },
});

/** Opens the zip and checks every cap; returns the zip, or the first issue found. */
export async function openCheckedXlsx(bytes: Uint8Array): Promise<{ zip: JSZip } | { issue: Issue }> {
  const entries = declaredEntries(bytes);
  if (entries === undefined) return { issue: NOT_XLSX };
  if (entries > LIMITS.zipEntries) return { issue: tooMany('too_many_zip_entries', 'zipEntries') };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { issue: NOT_XLSX };
  }
  const totals = { bytes: 0, attributes: 0, cells: 0 };
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const issue = await inflate(entry, totals, tallyFor(entry.name));
    if (issue) return { issue };
  }
  return zip.file('[Content_Types].xml') && zip.file('xl/workbook.xml') ? { zip } : { issue: NOT_XLSX };
}

/** Inflates one entry, counting as it goes; the first cap passed stops it and is the answer. */
function inflate(
  entry: JSZip.JSZipObject,
  totals: { bytes: number; attributes: number; cells: number },
  counted: ReturnType<typeof tallyFor>,
): Promise<Issue | null> {
  const cellsBefore = totals.cells;
  const attributesBefore = totals.attributes;
  /** The cap this chunk passed, if any. */
  const passed = (): Issue | null => {
    if (totals.bytes > LIMITS.uncompressedBytes)
      return tooMany('uncompressed_too_large', 'uncompressedBytes');
    if (!counted) return null;
    const { tally, cap, code } = counted;
    totals.attributes = attributesBefore + tally.attributes;
    if (tally.widestElement > LIMITS.xmlAttributesPerElement)
      return tooMany('too_many_attributes', 'xmlAttributesPerElement');
    if (totals.attributes > LIMITS.xmlAttributes) return tooMany('too_many_attributes', 'xmlAttributes');
    // Cells add up over the worksheets; shared strings and styles are one part each.
    if (cap === 'cells') totals.cells = cellsBefore + tally.elements;
    const count = cap === 'cells' ? totals.cells : tally.elements;
    return count > LIMITS[cap] ? tooMany(code, cap) : null;
  };
  return new Promise((resolve) => {
    const stream = (entry as unknown as Streamable).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        totals.bytes += chunk.length;
        counted?.tally.add(chunk);
        const issue = passed();
        if (issue) {
          stream.pause();
          resolve(issue);
        }
      })
      .on('error', () => resolve(NOT_XLSX))
      .on('end', () => resolve(null))
      .resume();
  });
}

/** JSZip's chunked reader of one entry; its types leave it out. */
interface Streamable {
  internalStream(type: 'uint8array'): ChunkStream;
}
interface ChunkStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error' | 'end', listener: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

const END_OF_DIRECTORY = 0x06054b50;
/** The end-of-directory record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

/**
 * The number of entries the zip's end-of-directory record declares (65,535 for a ZIP64 file, which
 * is more than any cap), or undefined when there is no such record: then it is no zip.
 */
function declaredEntries(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.byteLength - END_SEARCH);
  for (let at = bytes.byteLength - 22; at >= lowest; at--)
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return view.getUint16(at + 10, true);
  return undefined;
}
