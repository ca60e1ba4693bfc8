/**
 * Reading XML (GEXF, GraphML) safely, as a stream of elements: saxes, a small non-validating streaming
 * parser, instead of a DOM. Streaming keeps a 50,000-edge file to one pass and little memory, and saxes
 * does no network or file access of its own. On top of it, a hostile file is refused before it can cost
 * anything:
 *
 * - no DTD at all: `<!DOCTYPE` or `<!ENTITY` anywhere means `unsafe_xml`, checked before parsing — so no
 *   external entities (XXE) and no entity expansion (billion laughs); GEXF and GraphML never need a DTD;
 * - at most LIMITS.fileBytes characters, LIMITS.xmlDepth levels of nesting and LIMITS.xmlElements elements;
 * - any well-formedness error stops the read with `invalid_xml` and its line.
 *
 * (xmldom, which graphology-gexf/-graphml use, does not fetch external entities either, but it logs its
 * errors to the console, keeps going on malformed input and has no size or depth limits; we do not use it.)
 */
import { SaxesParser } from 'saxes';
import type { Issue } from '../../domain/index.ts';
import { LIMITS } from '../limits.ts';

export interface XmlHandlers {
  /** An element opens; `name` without namespace prefix, attribute names as written. */
  open(name: string, attributes: Readonly<Record<string, string>>, depth: number): void;
  close(name: string, depth: number): void;
  /** Character data inside the current element (also CDATA). */
  text?(text: string): void;
}

const DTD = /<!(?:DOCTYPE|ENTITY)/i;

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Reads `text` into the handlers; returns the issues that stopped it, or none. */
export function readXml(text: string, handlers: XmlHandlers): Issue[] {
  if (text.length > LIMITS.fileBytes)
    return [{ path: '', code: 'too_big', params: { maximum: LIMITS.fileBytes } }];
  if (DTD.test(text)) return [{ path: '', code: 'unsafe_xml' }];
  const parser = new SaxesParser({ position: true });
  let depth = 0;
  let elements = 0;
  let stop: Issue | undefined;
  parser.on('doctype', () => {
    stop ??= { path: '', code: 'unsafe_xml' };
  });
  let attributes = 0;
  parser.on('opentag', (tag) => {
    if (stop) return;
    // Counted on the finished tag: saxes's per-attribute event doubles the time of a whole read.
    let own = 0;
    for (const _ in tag.attributes) own++;
    attributes += own;
    if (own > LIMITS.xmlAttributesPerElement)
      stop = { path: '', code: 'too_many_attributes', params: { maximum: LIMITS.xmlAttributesPerElement } };
    else if (attributes > LIMITS.xmlAttributes)
      stop = { path: '', code: 'too_many_attributes', params: { maximum: LIMITS.xmlAttributes } };
    if (stop) return;
    depth += 1;
    elements += 1;
    if (depth > LIMITS.xmlDepth) stop = { path: '', code: 'too_deep', params: { maximum: LIMITS.xmlDepth } };
    else if (elements > LIMITS.xmlElements)
      stop = { path: '', code: 'too_many_elements', params: { maximum: LIMITS.xmlElements } };
    else handlers.open(localName(tag.name), tag.attributes as Record<string, string>, depth);
  });
  parser.on('closetag', (tag) => {
    if (!stop) handlers.close(localName(tag.name), depth);
    depth -= 1;
  });
  if (handlers.text) {
    const onText = (value: string) => {
      if (!stop) handlers.text?.(value);
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  parser.on('error', (error) => {
    stop ??= { path: '', code: 'invalid_xml', params: { message: error.message, line: parser.line } };
  });
  try {
    // Feed in slices so a refused file stops early instead of after the whole text.
    const SLICE = 1 << 20;
    for (let start = 0; start < text.length && !stop; start += SLICE)
      parser.write(text.slice(start, start + SLICE));
    if (!stop) parser.close();
  } catch (error) {
    stop ??= {
      path: '',
      code: 'invalid_xml',
      params: { message: (error as Error).message, line: parser.line },
    };
  }
  return stop ? [stop] : [];
}
