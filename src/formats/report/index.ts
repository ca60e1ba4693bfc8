/** The report document and its writers (HTML, PDF, DOCX): pure, fonts and raster images come from the caller. */
export * from './document.ts';
export { writeReportDocx } from './docx.ts';
export { escapeHtml, writeReportHtml } from './html.ts';
export { type ReportFonts, type ReportPdfOptions, writeReportPdf } from './pdf.ts';
