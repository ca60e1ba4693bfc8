/**
 * Reading a file in — a backup, a spreadsheet (XLSX or CSV), GEXF or GraphML — as a new werkruimte (from
 * the list) or into the open werkruimte. Choose the file, watch the upload, then either a summary ("412
 * spelers en 1.380 relaties ingelezen; 3 kolommen genegeerd") with what was skipped and how foreign
 * columns were used, or every problem the server found with its place in the file, in which case nothing
 * was saved.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../contract/index.ts';
import { FILE_LIMIT_CODES } from '../../domain/index.ts';
import { ApiProblem, type InvalidParam, upload } from '../api/client.ts';
import { TextField } from '../components/TextField.tsx';
import { describeImport } from './import-summary.ts';

/** Problems shown in full; the rest are counted. */
const SHOWN_PROBLEMS = 20;
export const IMPORT_ACCEPT = '.json,.xlsx,.csv,.tsv,.txt,.gexf,.graphml,.xml';

/** What an import answers: the summary, and for a new werkruimte the werkruimte. */
export type ImportResult =
  | contract.EndpointOutput<typeof contract.transfer.importAsNewWorkspace>
  | (contract.EndpointOutput<typeof contract.transfer.importIntoWorkspace> & { workspace?: undefined });

interface ImportFileFormProps {
  /** The werkruimte to read into; without it the file becomes a new werkruimte. */
  workspaceId?: string;
  /** For a new werkruimte: turns what the user typed into a gemeente code, or '' when it is unknown. */
  resolveGemeente?: (typed: string) => string;
  gemeenteList?: string;
  onImported(result: ImportResult): void;
}

export function ImportFileForm({
  workspaceId,
  resolveGemeente,
  gemeenteList,
  onImported,
}: ImportFileFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [files, setFiles] = useState<File[]>([]);
  const [name, setName] = useState('');
  const [gemeente, setGemeente] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<{ message: string; params: InvalidParam[]; total: number } | null>(
    null,
  );

  /** A file limit in the user's language (the server words every problem in Dutch). */
  function reasonOf(param: InvalidParam): string {
    if (param.maximum === undefined || !(FILE_LIMIT_CODES as readonly string[]).includes(param.code))
      return param.reason;
    return t(`import.limit.${param.code}`, { maximum: param.maximum.toLocaleString(i18n.language) });
  }

  /** Busy, too heavy, or the server's own words. */
  function messageOf(error: ApiProblem): string {
    if (error.status === 429 || error.status === 503)
      return t(error.status === 429 ? 'import.busyAccount' : 'import.busyServer', {
        count: error.retryAfterSeconds ?? 30,
      });
    if (error.status === 422 && (error.reason === 'memory_limit' || error.reason === 'time_limit'))
      return t(`import.${error.reason}`);
    return error.message;
  }
  const [result, setResult] = useState<string[] | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    if (files.length === 0) {
      setProblem({ message: t('import.chooseFile'), params: [], total: 0 });
      return;
    }
    const code = gemeente.trim() && resolveGemeente ? resolveGemeente(gemeente) : '';
    if (gemeente.trim() && !code) {
      setProblem({ message: t('workspaces.gemeenteUnknown'), params: [], total: 0 });
      return;
    }
    setProblem(null);
    setProgress(0);
    try {
      const imported: ImportResult = workspaceId
        ? await upload(contract.transfer.importIntoWorkspace, { params: { workspaceId } }, files, setProgress)
        : await upload(contract.transfer.importAsNewWorkspace, {}, files, setProgress, {
            name: name.trim(),
            gemeente: code,
          });
      setResult(describeImport(imported.summary, t, i18n.language));
      onImported(imported);
    } catch (error) {
      if (!(error instanceof ApiProblem)) {
        setProblem({ message: String(error), params: [], total: 0 });
        return;
      }
      const params = error.invalidParams.map((param) => ({ ...param, reason: reasonOf(param) }));
      setProblem({
        message: messageOf(error),
        params,
        total: error.invalidParamsTotal ?? params.length,
      });
    } finally {
      setProgress(null);
    }
  }

  /** Problems found beyond those shown in the list. */
  const unlisted = problem ? problem.total - Math.min(SHOWN_PROBLEMS, problem.params.length) : 0;

  return (
    <form className="kv-form" aria-labelledby={`${id}-heading`} onSubmit={(event) => void submit(event)}>
      <Heading level={workspaceId ? 3 : 2} id={`${id}-heading`}>
        {workspaceId ? t('import.intoTitle') : t('import.title')}
      </Heading>
      <Paragraph>{workspaceId ? t('import.intoIntro') : t('import.intro')}</Paragraph>
      <div className="kv-field">
        <label htmlFor={`${id}-file`}>{t('import.file')}</label>
        <p className="kv-muted" id={`${id}-file-hint`}>
          {t('import.fileHint')}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => setFiles([...(event.target.files ?? [])])}
        />
      </div>
      {!workspaceId && (
        <>
          <TextField
            id={`${id}-name`}
            label={t('import.name')}
            hint={t('import.nameHint')}
            value={name}
            onChange={setName}
          />
          <TextField
            id={`${id}-gemeente`}
            label={t('import.gemeente')}
            hint={t('import.gemeenteHint')}
            value={gemeente}
            onChange={setGemeente}
            list={gemeenteList}
          />
        </>
      )}
      {progress !== null && (
        <p>
          <label htmlFor={`${id}-progress`}>
            {progress < 1 ? t('import.uploading') : t('import.processing')}
          </label>{' '}
          {progress < 1 ? (
            <progress id={`${id}-progress`} max={1} value={progress} />
          ) : (
            <progress id={`${id}-progress`} />
          )}
        </p>
      )}
      {result && (
        <div className="kv-notice" data-testid="import-summary">
          {result.map((line) => (
            <Paragraph key={line}>{line}</Paragraph>
          ))}
        </div>
      )}
      {problem && (
        <div className="kv-alert" role="alert" data-testid="import-problems">
          <Paragraph>
            {t('import.failed')} {problem.message}
          </Paragraph>
          {problem.params.length > 0 && (
            <ul>
              {problem.params.slice(0, SHOWN_PROBLEMS).map((param) => (
                <li key={`${param.name}-${param.code}`}>
                  <code>{param.name || t('import.wholeFile')}</code>: {param.reason}
                </li>
              ))}
            </ul>
          )}
          {unlisted > 0 && (
            <Paragraph>
              {t('import.moreProblems', {
                count: unlisted,
                formatted: unlisted.toLocaleString(i18n.language),
              })}
            </Paragraph>
          )}
        </div>
      )}
      <Button purpose="secondary" type="submit" disabled={progress !== null}>
        {t('import.submit')}
      </Button>
    </form>
  );
}
