/**
 * The response and coverage of one uitvraag round as a file for the coordinator: per respondent the speler,
 * kracht, wijken, status, whether it answered, its ties with other respondents (how many it named itself,
 * how many only the other side named) and the notes on what the diagnosis misses through silence; then the
 * round's overall figures and every note in words. XLSX has the sheets `respons` and `samenvatting`
 * (`response`, `summary` in English); CSV (`;`, UTF-8 with BOM) the table per respondent, an empty line and
 * the summary. Every text cell is neutralised against formula injection, like every other export. No
 * contact data: the input has none.
 *
 * The sentences are the analysis' own (src/analysis/explanations.ts), as the screens and the command line
 * say them; the words for kracht and status come from the domain's labels.
 */
import { stringify } from 'csv-stringify/sync';
import {
  EXPLANATIONS,
  explainNonResponseNote,
  explainResponse,
  explainTieCoverage,
  type Locale,
  type NonResponse,
  type NonResponseNote,
} from '../../analysis/index.ts';
import {
  FORCE_LABELS,
  type Force,
  RESPONDENT_STATUS_LABELS,
  type RespondentStatus,
} from '../../domain/index.ts';
import { loadExcelJs } from '../spreadsheet/load-exceljs.ts';
import { neutralise } from '../spreadsheet/neutralise.ts';
import { xlsxText } from '../spreadsheet/xlsx-write.ts';

export interface CoverageFileRespondent {
  name: string;
  force: Force;
  wijken: readonly string[];
  status: RespondentStatus;
  answered: boolean;
  /** Null for a respondent the figures leave out (a revoked link that never answered). */
  ties: { ties: number; reportedBySelf: number; onlyByOthers: number } | null;
  notes: readonly NonResponseNote[];
}

export interface CoverageFileInput {
  survey: { title: string; closesOn: string };
  nonResponse: Pick<NonResponse, 'respondents' | 'ties' | 'notes'> & {
    names: Readonly<Record<string, string>>;
  };
  respondents: readonly CoverageFileRespondent[];
}

const WORDS = {
  nl: {
    sheets: { table: 'respons', summary: 'samenvatting' },
    headers: [
      'speler',
      'kracht',
      'wijken',
      'status',
      'geantwoord',
      'relaties met deelnemers',
      'zelf genoemd',
      'alleen door de ander genoemd',
      'opmerkingen',
    ],
    yes: 'ja',
    no: 'nee',
    summary: {
      title: 'uitvraag',
      closesOn: 'sluitdatum',
      invited: 'uitgenodigd',
      answered: 'geantwoord',
      silent: 'niet geantwoord',
      ties: 'relaties tussen deelnemers',
      confirmed: 'door beide kanten genoemd',
      oneSided: 'door één kant genoemd',
      unreported: 'door geen van beide genoemd',
      oneSidedPercent: 'door één kant genoemd (%)',
      sentence: 'samengevat',
      note: 'opmerking',
    },
  },
  en: {
    sheets: { table: 'response', summary: 'summary' },
    headers: [
      'actor',
      'kind',
      'neighbourhoods',
      'status',
      'answered',
      'relations with respondents',
      'named by itself',
      'named only by the other',
      'notes',
    ],
    yes: 'yes',
    no: 'no',
    summary: {
      title: 'survey',
      closesOn: 'closes on',
      invited: 'invited',
      answered: 'answered',
      silent: 'did not answer',
      ties: 'relations between respondents',
      confirmed: 'named by both sides',
      oneSided: 'named by one side',
      unreported: 'named by neither',
      oneSidedPercent: 'named by one side (%)',
      sentence: 'in short',
      note: 'note',
    },
  },
} as const;

const WIDTHS = [32, 16, 24, 22, 12, 14, 12, 14, 80];

type Cell = string | number;

function respondentRow(respondent: CoverageFileRespondent, input: CoverageFileInput, locale: Locale): Cell[] {
  const words = WORDS[locale];
  const { ties } = respondent;
  return [
    respondent.name,
    FORCE_LABELS[respondent.force][locale],
    respondent.wijken.join(' | '),
    RESPONDENT_STATUS_LABELS[respondent.status][locale],
    respondent.answered ? words.yes : words.no,
    ties?.ties ?? '',
    ties?.reportedBySelf ?? '',
    ties?.onlyByOthers ?? '',
    respondent.notes.map((note) => explainNonResponseNote(note, input.nonResponse.names, locale)).join(' '),
  ];
}

/** The round's figures as label–value rows, then each sentence (summary and notes) as its own row. */
function summaryRows(input: CoverageFileInput, locale: Locale): Cell[][] {
  const words = WORDS[locale].summary;
  const { respondents, ties, notes, names } = input.nonResponse;
  const tieSentence = explainTieCoverage(ties, locale);
  return [
    [words.title, input.survey.title],
    [words.closesOn, input.survey.closesOn],
    [words.invited, respondents.invited],
    [words.answered, respondents.answered],
    [words.silent, respondents.silent],
    [words.ties, ties.total],
    [words.confirmed, ties.confirmed],
    [words.oneSided, ties.oneSided],
    [words.unreported, ties.unreported],
    [words.oneSidedPercent, ties.total > 0 ? Math.round((ties.oneSided / ties.total) * 100) : ''],
    [words.sentence, explainResponse(input.survey.title, respondents, locale)],
    ...(tieSentence ? [[words.sentence, tieSentence]] : []),
    ...(notes.length === 0
      ? [[words.note, EXPLANATIONS[locale].nonResponse.none]]
      : notes.map((note) => [words.note, explainNonResponseNote(note, names, locale)])),
  ];
}

const csvCell = (cell: Cell) => (typeof cell === 'string' ? neutralise(cell) : cell);
const xlsxCell = (cell: Cell) => (typeof cell === 'string' ? xlsxText(cell) : cell);

export function writeCoverageCsv(input: CoverageFileInput, locale: Locale): string {
  const rows: Cell[][] = [
    [...WORDS[locale].headers],
    ...input.respondents.map((respondent) => respondentRow(respondent, input, locale)),
    [],
    ...summaryRows(input, locale),
  ];
  return stringify(
    rows.map((row) => row.map(csvCell)),
    { delimiter: ';', bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}

export async function writeCoverageXlsx(input: CoverageFileInput, locale: Locale): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const words = WORDS[locale];
  const workbook = new ExcelJS.Workbook();
  const table = workbook.addWorksheet(words.sheets.table);
  table.addRow([...words.headers]).font = { bold: true };
  for (const respondent of input.respondents)
    table.addRow(respondentRow(respondent, input, locale).map(xlsxCell));
  WIDTHS.forEach((width, index) => {
    table.getColumn(index + 1).width = width;
  });
  table.getColumn(WIDTHS.length).alignment = { wrapText: true, vertical: 'top' };
  table.views = [{ state: 'frozen', ySplit: 1 }];
  const summary = workbook.addWorksheet(words.sheets.summary);
  for (const row of summaryRows(input, locale)) summary.addRow(row.map(xlsxCell));
  summary.getColumn(1).width = 30;
  summary.getColumn(2).width = 100;
  summary.getColumn(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
