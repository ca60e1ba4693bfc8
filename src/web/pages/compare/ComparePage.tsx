/**
 * "Twee werkruimtes vergelijken": two werkruimtes side by side (two wijken of one gemeente, or two
 * gemeenten). The address names them (`/vergelijken?a=…&b=…`), so a comparison can be shared and survives a
 * reload; the form only changes the address. The answer comes from `GET /compare`, which refuses a
 * werkruimte the user is not a member of; the form offers only the user's own.
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import { useEndpoint } from '../../api/queries.ts';
import { followLink, useSearch } from '../../router.ts';
import { isComplete, selectionOf } from '../../state/compare/compare-view.ts';
import { CompareForm } from './CompareForm.tsx';
import { CompareResult } from './CompareResult.tsx';

export function ComparePage() {
  const { t } = useTranslation();
  const search = useSearch();
  const selection = selectionOf(search);
  const listed = useEndpoint(contract.workspaces.listWorkspaces, { query: { pageSize: 500 } });
  const workspaces = listed.data?.items ?? [];
  return (
    <div className="kv-compare">
      <Heading level={1}>{t('compare.title')}</Heading>
      <Paragraph>{t('compare.intro')}</Paragraph>
      <p>
        <a href="/" onClick={followLink}>
          {t('compare.back')}
        </a>
      </p>
      {listed.isPending ? (
        <Paragraph>{t('app.loading')}</Paragraph>
      ) : listed.error ? (
        <div className="kv-alert" role="alert">
          <Paragraph>{listed.error.message}</Paragraph>
        </div>
      ) : workspaces.length < 2 ? (
        <Paragraph>{t('compare.form.needTwo')}</Paragraph>
      ) : (
        // A new address (Back, a shared link) starts the form from what it names.
        <CompareForm key={search} workspaces={workspaces} selection={selection} />
      )}
      {isComplete(selection) && <CompareResult key={`${selection.a}|${selection.b}`} selection={selection} />}
    </div>
  );
}
