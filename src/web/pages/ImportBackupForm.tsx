/**
 * Reading a JSON backup into a new werkruimte: choose the file, watch the upload, then either a summary
 * ("67 spelers en 210 relaties ingelezen") with a link to the new werkruimte, or every problem the server
 * found with its place in the file — in which case nothing was saved.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../domain/index.ts';
import { ApiProblem, api, type InvalidParam } from '../api/client.ts';

/** Problems shown in full; the rest are counted. */
const SHOWN_PROBLEMS = 20;

interface ImportResult {
  workspace: Workspace;
  summary: { actors: number; relations: number };
}

export function ImportBackupForm({ onImported }: { onImported(result: ImportResult): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<{ message: string; params: InvalidParam[] } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setProblem({ message: t('import.chooseFile'), params: [] });
      return;
    }
    setProblem(null);
    setProgress(0);
    try {
      const result = await api.upload<ImportResult>('/workspaces/import', file, setProgress);
      onImported(result);
    } catch (error) {
      const params = error instanceof ApiProblem ? error.invalidParams : [];
      setProblem({ message: error instanceof Error ? error.message : String(error), params });
    } finally {
      setProgress(null);
    }
  }

  return (
    <form className="kv-form" aria-labelledby="import-heading" onSubmit={(event) => void submit(event)}>
      <Heading level={2} id="import-heading">
        {t('import.title')}
      </Heading>
      <Paragraph>{t('import.intro')}</Paragraph>
      <div className="kv-field">
        <label htmlFor="import-file">{t('import.file')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      {progress !== null && (
        <p>
          <label htmlFor="import-progress">{t('import.uploading')}</label>{' '}
          <progress id="import-progress" max={1} value={progress} />
        </p>
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
