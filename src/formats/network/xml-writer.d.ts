/** Types for xml-writer 1.7 (a dependency of graphology-gexf/-graphml; it ships none): what we call. */
declare module 'xml-writer' {
  export default class XMLWriter {
    constructor(indent?: boolean | string);
    startDocument(version?: string, encoding?: string): this;
    endDocument(): this;
    startElement(name: string): this;
    endElement(): this;
    writeAttribute(name: string, value: string | number): this;
    writeElement(name: string, content: string): this;
    text(content: string): this;
    writeRaw(content: string): this;
    toString(): string;
  }
}
