/**
 * ExcelJS is the largest module the server loads (about half a second): it is loaded on the first XLSX
 * read or write instead of at start-up, so every process that never touches a spreadsheet (the command
 * line, most requests, each test file) starts without it.
 */
import type ExcelJS from 'exceljs';

export async function loadExcelJs(): Promise<typeof ExcelJS> {
  const module = await import('exceljs');
  // A CommonJS package: Node hands its exports over as `default`.
  return (module as unknown as { default?: typeof ExcelJS }).default ?? module;
}
