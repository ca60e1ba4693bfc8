/**
 * The public surface of the services: the use-cases the API and the CLI share, each a function of a store
 * (or a transaction) and its input, Fastify-free. Every write goes through one of them, in one transaction,
 * with its audit event.
 */
export {
  changePassword,
  checkCredentials,
  createAccount,
  resetPassword,
  setUpFirstAdministrator,
} from './accounts.ts';
export { type AnalysisRunner, inlineAnalysis } from './analysis-compute.ts';
export { createAssessment, deleteAssessment, updateAssessment } from './assessment-changes.ts';
export { type Author, apiAuthor, CLI_AUTHOR, SYSTEM_AUTHOR } from './author.ts';
export { createBackupCache } from './backup-cache.ts';
export { loadDemoWorkspace, readDemoFile, seedDemoIfEmpty } from './demo-workspace.ts';
export { compareViews } from './divergence.ts';
export {
  type ExportedFile,
  exportFile,
  XLSX_TYPE,
} from './export-file.ts';
export type { FileWork } from './file-work.ts';
export { createGemeenteDirectory, type GemeenteDirectory } from './gemeenten.ts';
export {
  type ImportPhase,
  importAsNewWorkspace,
  importIntoWorkspace,
  type NewWorkspaceFields,
  READABLE_FORMATS,
  type UploadedFile,
} from './import-file.ts';
export {
  MailRefusedError,
  type MailSender,
  type MailSettings,
  MailUnreachableError,
  openSmtpSender,
} from './mailer.ts';
export {
  createActor,
  createRelation,
  createWorkspace,
  deleteActor,
  deleteRelation,
  deleteWorkspace,
  restoreActor,
  restoreRelation,
  saveLayout,
  updateActor,
  updateRelation,
  updateWorkspace,
} from './map-changes.ts';
export {
  IMAGE_FORMATS,
  type ImageFormat,
  type ImageOptions,
  type RenderedImage,
  renderWorkspaceImage,
} from './map-image.ts';
export {
  CONTRIBUTIONS_PER_MINUTE,
  joinMeeting,
  meetingDoor,
  participantView,
  reactToContribution,
  sendContribution,
  usableParticipant,
  withdrawContribution,
} from './meeting-participation.ts';
export { contributionFor, type Viewer } from './meeting-view.ts';
export {
  createMeeting,
  decideContribution,
  getMeeting,
  listContributions,
  listMeetings,
  MEETING_AUTHOR,
  meetingSummary,
  newJoinCode,
  updateMeeting,
} from './meetings.ts';
export {
  acceptInvitation,
  changeRole,
  createInvitation,
  previewInvitation,
  removeMember,
  revokeInvitation,
} from './membership.ts';
export { accountForOidc, type OidcIdentity, OidcRefusedError, rememberOidcLogin } from './oidc-accounts.ts';
export { hashPassword, verifyPassword } from './passwords.ts';
export {
  createPerspective,
  type DeletedPerspective,
  deletePerspective,
  updatePerspective,
} from './perspective-changes.ts';
export {
  loadPerspectiveGraph,
  loadPerspectiveGraphJson,
  type PerspectiveRelation,
} from './perspective-map.ts';
export {
  buildReport,
  REPORT_DIAGNOSIS_OPTIONS,
  type RenderedReport,
  type ReportInput,
  type ReportRequest,
  renderReport,
} from './report/index.ts';
export { type ExplainedDiagnosis, runDiagnosis, runWhatIf } from './run-analysis.ts';
export { endSession, openSession } from './sessions.ts';
export { diffMoments, graphOfDocument, type Moment, type MomentsDiff } from './snapshot-diff.ts';
export { type ScheduledSnapshotsRun, takeScheduledSnapshots } from './snapshot-schedule.ts';
export { type SnapshotView, viewSnapshot } from './snapshot-view.ts';
export {
  deleteSnapshot,
  getSnapshot,
  listSnapshots,
  snapshotBackupText,
  snapshotDocument,
  takeSnapshot,
  takeSnapshotInTransaction,
} from './snapshots.ts';
export {
  openSurvey,
  SURVEY_AUTHOR,
  saveSurveyAnswers,
  usableRespondent,
  withdrawSurveyAnswers,
} from './survey-answers.ts';
export {
  addRespondents,
  createSurvey,
  decideProposal,
  deleteSurvey,
  forgetContacts,
  forgetExpiredContacts,
  type IssuedLink,
  issueLinks,
  type ProposalDecision,
  revokeRespondent,
  surveyLinkPath,
  updateSurvey,
} from './survey-changes.ts';
export {
  type SurveyMailInput,
  type SurveyMailReport,
  type SurveyMailResult,
  sendSurveyMail,
} from './survey-mail.ts';
export { profileChecks } from './survey-profile-checks.ts';
export {
  type RespondentCoverage,
  responseTallies,
  type SurveyCoverage,
  type SurveyResults,
  surveyCoverage,
  surveyResults,
} from './survey-results.ts';
export { hashToken, looksLikeToken, newToken, sameSecret } from './tokens.ts';
export {
  type AddedPositions,
  addPositions,
  createTopic,
  type DeletedTopic,
  deleteTopic,
  updateTopic,
} from './topic-changes.ts';
export { exportBackup, restoreBackup } from './workspace-backup.ts';
export {
  COMPARED_BROKERS,
  type ComparedBroker,
  type ComparedWorkspace,
  compareWorkspaces,
  type ForceShare,
  forceShares,
  type WorkspaceComparison,
} from './workspace-compare.ts';
export { exportCsv } from './workspace-tables.ts';
