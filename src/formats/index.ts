/** The public surface of the formats: bytes or text in → validated domain data or issues out, and back. */

export * from './import-document.ts';
export * from './import-plan.ts';
export { diffBackups } from './json-backup/diff.ts';
export { readBackupDocument } from './json-backup/document.ts';
export { type ReadResult, readBackup } from './json-backup/read.ts';
export { BACKUP_FORMAT, type Backup, backupJsonSchema, backupSchema } from './json-backup/schema.ts';
export { writeBackup } from './json-backup/write.ts';
export { LIMITS } from './limits.ts';
export {
  captionBox,
  labelBox,
  legendBox,
  legendOrigin,
  MAX_IMAGE_SIZE,
  type MapScene,
  MIN_IMAGE_SIZE,
  renderMapSvg,
  type SceneCaption,
  type SceneEdge,
  type SceneLegend,
  type SceneNode,
  sceneFromWorkspace,
  separateLabels,
  type WorkspaceSceneOptions,
} from './map-image/index.ts';
export { readGexf } from './network/gexf-read.ts';
export { GEXF_VERSIONS, type GexfVersion, writeGexf } from './network/gexf-write.ts';
export { readGraphml } from './network/graphml-read.ts';
export { writeGraphml } from './network/graphml-write.ts';
export { detectFormat, READABLE_FORMATS, readImportFiles, type UploadedFile } from './read-files.ts';
export * from './report/index.ts';
export type { ActorRow, RelationRow, TableKind } from './spreadsheet/columns.ts';
export { type CsvFile, readCsv } from './spreadsheet/csv-read.ts';
export { writeActorsCsv, writeRelationsCsv } from './spreadsheet/csv-write.ts';
export { neutralise } from './spreadsheet/neutralise.ts';
export { readXlsx } from './spreadsheet/xlsx-read.ts';
export { writeCsvTemplate, writeXlsx, writeXlsxTemplate } from './spreadsheet/xlsx-write.ts';
export {
  type CoverageFileInput,
  type CoverageFileRespondent,
  writeCoverageCsv,
  writeCoverageXlsx,
} from './survey/coverage-file.ts';
export { type LinkListRow, writeLinkListCsv, writeLinkListXlsx } from './survey/link-list.ts';
