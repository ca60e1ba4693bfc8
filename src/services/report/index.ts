/** The krachtenveldanalyse as a report: built from the werkruimte (build-report.ts), written as a file. */
export {
  buildReport,
  REPORT_DIAGNOSIS_OPTIONS,
  type ReportInput,
  type ReportRequest,
} from './build-report.ts';
export { type RenderedReport, renderReport } from './render-report.ts';
