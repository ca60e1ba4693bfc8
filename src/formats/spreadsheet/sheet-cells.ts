/**
 * How one row's cells become field values (the empty-cell rule of sheet-rows.ts, and the conversions of
 * sheet-targets.ts), and what the row readers of every sheet collect into: the parts of one document.
 * Shared by the spelers/relaties readers (sheet-rows.ts) and the claims sheets' readers (claim-rows.ts).
 */
import { z } from 'zod';
import { IssueList } from '../../domain/index.ts';
import {
  cellPath,
  type DocumentActor,
  type DocumentAssessment,
  type DocumentNamed,
  type DocumentPerspective,
  type DocumentPosition,
  type DocumentRelation,
  emptyReport,
  type ImportReport,
} from '../import-document.ts';
import type { LegacyPerspectiveText } from '../legacy-perspective.ts';
import { LIMITS } from '../limits.ts';
import { stanceOfWord, valueOfClaimWord, yesNo } from './claim-words.ts';
import { splitList, splitSources } from './list-cells.ts';
import {
  type CellValue,
  type Column,
  cellText,
  isProblem,
  type Layout,
  type SheetRow,
} from './sheet-header.ts';
import type { FieldTarget, Vocabulary } from './sheet-targets.ts';
import { valueOfWord } from './vocabulary-words.ts';

/** Everything read so far from the sheets of one file. */
export interface SheetParts {
  actors: DocumentActor[];
  relations: DocumentRelation[];
  perspectives: DocumentPerspective[];
  /** Perspective name (as the plan compares names) → the row that first had it. */
  perspectiveRows: Map<string, number>;
  topics: DocumentNamed[];
  assessments: DocumentAssessment[];
  positions: DocumentPosition[];
  /** Older files' relaties `perspectief` texts, to become assessments (legacy-perspective.ts). */
  legacy: LegacyPerspectiveText[];
  /** Bounded: a file with a million bad cells lists the first MAX_LISTED_ISSUES and counts the rest. */
  issues: IssueList;
  report: ImportReport;
}

export function newParts(): SheetParts {
  return {
    actors: [],
    relations: [],
    perspectives: [],
    perspectiveRows: new Map(),
    topics: [],
    assessments: [],
    positions: [],
    legacy: [],
    issues: new IssueList(),
    report: emptyReport(),
  };
}

/** The uuid the domain schemas accept (zod's `z.uuid()`), as a plain regex: 30× faster per cell. */
const UUID = z.regexes.uuid();

/** An id cell: its uuid, nothing when empty, and an issue when it is no uuid. */
export function uuidOrIssue(value: string, path: string, issues: IssueList): string | undefined {
  if (value === '') return undefined;
  if (UUID.test(value)) return value;
  issues.push({ path, code: 'uuid_format' });
  return undefined;
}

/** A row with nothing in the columns we read; text in ignored columns alone does not make a record. */
export function isBlank(layout: Layout, row: SheetRow): boolean {
  return layout.columns.every((column) => {
    const cell = row.cells[column.index];
    return !isProblem(cell) && cellText(cell) === '';
  });
}

/** The cells of one row as texts or values by target, with every cell-level issue recorded. */
export function rowValues(layout: Layout, row: SheetRow, issues: IssueList): Map<Column, CellValue> {
  const values = new Map<Column, CellValue>();
  for (const column of layout.columns) {
    const cell = row.cells[column.index];
    const path = cellPath(layout.kind, row.row, column.header);
    if (isProblem(cell)) issues.push({ path, code: cell.problem });
    else if (typeof cell === 'string' && cell.length > LIMITS.cellCharacters)
      issues.push({ path, code: 'too_long', params: { maximum: LIMITS.cellCharacters } });
    else values.set(column, cell);
  }
  return values;
}

function matchVocabulary(value: string, vocabulary: Vocabulary | undefined): string {
  if (!vocabulary) return value;
  const word =
    vocabulary === 'movement' || vocabulary === 'topicStatus' || vocabulary === 'origin'
      ? valueOfClaimWord(vocabulary, value)
      : valueOfWord(vocabulary, value);
  return word ?? value;
}

const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** A number cell: the number when it is one, else the text for the plan to refuse. */
function numberOf(cell: CellValue, value: string): unknown {
  if (typeof cell === 'number') return cell;
  return NUMBER.test(value) ? Number(value) : value;
}

/** The field value of a cell, or `undefined` for "no field" (see the empty-cell rule in sheet-rows.ts). */
export function convert(target: FieldTarget, cell: CellValue): unknown {
  const value = cellText(cell);
  switch (target.conversion) {
    case 'text':
      return value;
    case 'nullable':
    case 'date': {
      if (value === '') return null;
      const word = matchVocabulary(value, target.vocabulary);
      // "geen" is a beweging's word for none.
      return word === '' ? null : word;
    }
    case 'list':
      return splitList(value).map((item) => matchVocabulary(item, target.vocabulary));
    case 'sources':
      return splitSources(value);
    case 'choice':
      return value === '' ? undefined : matchVocabulary(value, target.vocabulary);
    case 'number':
      return value === '' ? undefined : numberOf(cell, value);
    case 'rating':
      return value === '' ? null : numberOf(cell, value);
    case 'stance':
      return value === '' ? undefined : (stanceOfWord(value) ?? numberOf(cell, value));
    case 'yesNo':
      if (typeof cell === 'boolean') return cell;
      return value === '' ? undefined : (yesNo(value) ?? value);
    case 'timestamp':
      return value === '' ? undefined : value;
  }
}
