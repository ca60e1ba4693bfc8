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
import type { Workspace } from '../../domain/index.ts';
import { ApiProblem, api, type InvalidParam } from '../api/client.ts';
import { TextField } from '../components/TextField.tsx';
import { describeImport, type ImportSummary } from './import-summary.ts';

/** Problems shown in full; the rest are counted. */
const SHOWN_PROBLEMS = 20;
export const IMPORT_ACCEPT = '.json,.xlsx,.csv,.tsv,.txt,.gexf,.graphml,.xml';

export interface ImportResult {
  workspace?: Workspace;
  summary: ImportSummary;
}

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
  const [problem, setProblem] = useState<{ message: string; params: InvalidParam[] } | null>(null);
  const [result, setResult] = useState<string[] | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    if (files.length === 0) {
      setProblem({ message: t('import.chooseFile'), params: [] });
      return;
    }
    const code = gemeente.trim() && resolveGemeente ? resolveGemeente(gemeente) : '';
    if (gemeente.trim() && !code) {
      setProblem({ message: t('workspaces.gemeenteUnknown'), params: [] });
      return;
    }
    setProblem(null);
    setProgress(0);
    try {
      const path = workspaceId ? `/workspaces/${workspaceId}/import` : '/workspaces/import';
      const fields: Record<string, string> = workspaceId ? {} : { name: name.trim(), gemeente: code };
      const imported = await api.upload<ImportResult>(path, files, setProgress, fields);
      setResult(describeImport(imported.summary, t, i18n.language));
      onImported(imported);
    } catch (error) {
      const params = error instanceof ApiProblem ? error.invalidParams : [];
      setProblem({ message: error instanceof Error ? error.message : String(error), params });
    } finally {
      setProgress(null);
    }
  }

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
          {problem.params.length > SHOWN_PROBLEMS && (
            <Paragraph>
              {t('import.moreProblems', { count: problem.params.length - SHOWN_PROBLEMS })}
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
