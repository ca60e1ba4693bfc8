/**
 * The report's plain text as WordprocessingML runs. docx escapes `<`, `&` and quotes itself, so text stays
 * text (a `=SUM(A1)` in a `w:t` is never a field or a formula in Word); what escaping cannot save are the
 * characters XML 1.0 cannot hold at all, which would make Word refuse the whole file, so they are dropped
 * here. A line break or tab inside a `w:t` is shown by Word as a plain space, so they become the elements
 * Word itself writes for them.
 */
import { CarriageReturn, Tab, TextRun } from 'docx';
import { type RichText, runsOf } from './document.ts';

const NOT_IN_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the characters XML 1.0 cannot hold.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_OR_TAB = /(\r\n|\r|\n|\t)/;

/** Text without the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF). */
export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/** Formatting a run can carry on top of its paragraph's style. */
export interface RunFormat {
  bold?: boolean;
}

/** One run of plain text, its line breaks and tabs as Word's own elements. */
export function textRun(text: string, format: RunFormat = {}): TextRun {
  const parts = xmlText(text).split(LINE_OR_TAB);
  if (parts.length === 1) return new TextRun({ text: parts[0] ?? '', ...format });
  const children = parts
    .filter((part) => part !== '')
    .map((part) => (part === '\t' ? new Tab() : LINE_OR_TAB.test(part) ? new CarriageReturn() : part));
  return new TextRun({ children, ...format });
}

/** Rich text as runs, bold where the builder marked it `strong`. */
export function richRuns(text: RichText, format: RunFormat = {}): TextRun[] {
  return runsOf(text)
    .filter((run) => run.text !== '')
    .map((run) => textRun(run.text, run.strong ? { ...format, bold: true } : format));
}
