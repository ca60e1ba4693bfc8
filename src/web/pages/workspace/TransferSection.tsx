/**
 * Uitwisselen: the werkruimte as a file in every export format (for Excel, Gephi, NetworkX, a report), the
 * empty template, and reading a file into this werkruimte (not for a lezer).
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import { hrefOf } from '../../api/client.ts';
import { ImportFileForm, type ImportResult } from '../ImportFileForm.tsx';

type ExportQuery = NonNullable<contract.EndpointInput<typeof contract.transfer.exportWorkspace>['query']>;
type TemplateQuery = NonNullable<contract.EndpointInput<typeof contract.transfer.importTemplate>['query']>;

const DOWNLOADS = [
  { key: 'json', query: { format: 'json' } },
  { key: 'xlsx', query: { format: 'xlsx' } },
  { key: 'csvSpelers', query: { format: 'csv', table: 'spelers' } },
  { key: 'csvRelaties', query: { format: 'csv', table: 'relaties' } },
  { key: 'gexf', query: { format: 'gexf' } },
  { key: 'gexf12', query: { format: 'gexf', gexfVersion: '1.2draft' } },
  { key: 'graphml', query: { format: 'graphml' } },
  { key: 'svg', query: { format: 'svg' } },
  { key: 'png', query: { format: 'png' } },
] as const satisfies readonly { key: string; query: ExportQuery }[];

const TEMPLATES = [
  { key: 'xlsx', query: { format: 'xlsx' } },
  { key: 'csvSpelers', query: { format: 'csv', table: 'spelers' } },
  { key: 'csvRelaties', query: { format: 'csv', table: 'relaties' } },
] as const satisfies readonly { key: string; query: TemplateQuery }[];

export function TransferSection({
  workspaceId,
  canImport,
  onImported,
}: {
  workspaceId: string;
  canImport: boolean;
  onImported(result: ImportResult): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <section aria-labelledby="transfer-heading" className="kv-transfer">
      <Heading level={2} id="transfer-heading">
        {t('transfer.title')}
      </Heading>
      <Heading level={3}>{t('transfer.downloadTitle')}</Heading>
      <Paragraph>{t('transfer.downloadIntro')}</Paragraph>
      <ul className="kv-download-list">
        {DOWNLOADS.map(({ key, query }) => (
          <li key={key}>
            <a
              href={hrefOf(contract.transfer.exportWorkspace, {
                params: { workspaceId },
                query: { ...query, lang },
              })}
              download
            >
              {t(`transfer.formats.${key}`)}
            </a>
          </li>
        ))}
      </ul>
      <Paragraph>{t('transfer.templateIntro')}</Paragraph>
      <ul className="kv-download-list">
        {TEMPLATES.map(({ key, query }) => (
          <li key={key}>
            <a href={hrefOf(contract.transfer.importTemplate, { query })} download>
              {t(`transfer.templates.${key}`)}
            </a>
          </li>
        ))}
      </ul>
      {canImport && <ImportFileForm workspaceId={workspaceId} onImported={onImported} />}
    </section>
  );
}
