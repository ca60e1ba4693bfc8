/**
 * The list of personal uitvraag links for a mail merge, as CSV (`;`, UTF-8 with BOM, what Excel in a Dutch
 * locale opens by double-click) or XLSX. One row per respondent: speler, kracht, contact, e-mail, link and
 * close date. Every cell is neutralised against formula injection, like every other export.
 */
import { stringify } from 'csv-stringify/sync';
import { FORCE_LABELS, type Force } from '../../domain/index.ts';
import { loadExcelJs } from '../spreadsheet/load-exceljs.ts';
import { neutralise } from '../spreadsheet/neutralise.ts';
import { xlsxText } from '../spreadsheet/xlsx-write.ts';

export interface LinkListRow {
  actorName: string;
  force: Force;
  contactName: string | null;
  email: string | null;
  link: string;
  closesOn: string;
}

const HEADERS = ['speler', 'kracht', 'contactpersoon', 'e-mailadres', 'link', 'sluitdatum'] as const;
const WIDTHS = [32, 14, 28, 32, 80, 12];

function cells(row: LinkListRow): string[] {
  return [
    row.actorName,
    FORCE_LABELS[row.force].nl,
    row.contactName ?? '',
    row.email ?? '',
    row.link,
    row.closesOn,
  ];
}

export function writeLinkListCsv(rows: readonly LinkListRow[]): string {
  return stringify([[...HEADERS], ...rows.map((row) => cells(row).map(neutralise))], {
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}

export async function writeLinkListXlsx(rows: readonly LinkListRow[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('links');
  sheet.addRow([...HEADERS]).font = { bold: true };
  for (const row of rows) sheet.addRow(cells(row).map(xlsxText));
  WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
