/** The public surface of the server: the app factory, configuration and start-up, and shared services. */

export { inlineAnalysis } from './analysis-thread/runner.ts';
export { type AppOptions, buildApp } from './app.ts';
export type { OidcSettings } from './auth/oidc.ts';
export { hashPassword } from './auth/password.ts';
export { ConfigError, describeDatabase, loadConfig, type ServerConfig } from './config.ts';
export type { FileWork } from './file-jobs/file-work.ts';
export { createFileJobs, DEFAULT_FILE_JOBS, type FileJobs } from './file-jobs/pool.ts';
export { reasonNl } from './messages-nl.ts';
export { createAccount, setUpFirstAdministrator } from './services/accounts.ts';
export { type Author, apiAuthor, CLI_AUTHOR, SYSTEM_AUTHOR } from './services/author.ts';
export { loadDemoWorkspace, readDemoFile, seedDemoIfEmpty } from './services/demo-workspace.ts';
export { EXPORT_FORMATS, type ExportFormat, exportFile } from './services/export-file.ts';
export {
  type ImportPhase,
  importAsNewWorkspace,
  importIntoWorkspace,
  READABLE_FORMATS,
  type UploadedFile,
} from './services/import-file.ts';
export {
  IMAGE_FORMATS,
  type ImageFormat,
  type ImageOptions,
  type RenderedImage,
  renderWorkspaceImage,
} from './services/map-image.ts';
export { type ExplainedDiagnosis, runDiagnosis, runWhatIf } from './services/run-analysis.ts';
export { exportBackup, restoreBackup } from './services/workspace-backup.ts';
export { exportCsv, TABLES } from './services/workspace-tables.ts';
export { openStore, type RunningServer, startServer } from './start.ts';
