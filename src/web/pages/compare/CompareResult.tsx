/**
 * The comparison of the two werkruimtes the address names: what each holds, the diagnosis side by side,
 * the five krachten, the brokers of each and the spelers in both. A refusal (the same werkruimte twice, one
 * the user may not read) is said per field, in the words the server gives.
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import { ApiProblem } from '../../api/client.ts';
import { useEndpoint } from '../../api/queries.ts';
import { BrokerLists } from './BrokerLists.tsx';
import { ForceTable } from './ForceTable.tsx';
import { IndexTable } from './IndexTable.tsx';
import { MatchTable } from './MatchTable.tsx';

export function CompareResult({ selection }: { selection: { a: string; b: string } }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const query = useEndpoint(contract.compare.compareWorkspaces, { query: { ...selection, lang } });
  const comparison = query.data;
  const names = comparison
    ? { a: comparison.a.workspace.label, b: comparison.b.workspace.label }
    : { a: '', b: '' };
  return (
    <div className="kv-section kv-compare-result">
      <p role="status" className="kv-status">
        {query.isPending ? t('compare.busy') : comparison ? t('compare.done', names) : ''}
      </p>
      {query.error && <Refusal error={query.error} />}
      {comparison && (
        <>
          <Heading level={2}>{`${names.a} – ${names.b}`}</Heading>
          <ul className="kv-compare-sides">
            {(['a', 'b'] as const).map((side) => (
              <li key={side}>
                <strong>{comparison[side].workspace.label}</strong>:{' '}
                {t('compare.actorCount', { count: comparison[side].counts.actors })},{' '}
                {t('compare.relationCount', { count: comparison[side].counts.relations })}
              </li>
            ))}
          </ul>
          <IndexTable comparison={comparison} />
          <ForceTable comparison={comparison} />
          <BrokerLists comparison={comparison} />
          <MatchTable comparison={comparison} />
        </>
      )}
    </div>
  );
}

/** Why the server refused, per field ("Tweede werkruimte: …") when it named them. */
function Refusal({ error }: { error: Error }) {
  const { t } = useTranslation();
  const fields = error instanceof ApiProblem ? error.invalidParams : [];
  return (
    <div className="kv-alert" role="alert">
      <Heading level={2}>{error instanceof ApiProblem ? error.title : t('errors.generic')}</Heading>
      {fields.length === 0 ? (
        <Paragraph>{error instanceof ApiProblem ? (error.detail ?? error.message) : error.message}</Paragraph>
      ) : (
        <ul>
          {fields.map((field) => (
            <li key={`${field.name}-${field.code}`}>
              {field.name === 'a' || field.name === 'b' ? `${t(`compare.form.${field.name}`)}: ` : ''}
              {field.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
