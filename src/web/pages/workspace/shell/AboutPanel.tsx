/** "Over deze werkruimte": its description in full, its gemeente and wijken, and the user's role here. */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { Role, WorkspaceGraph } from '../../../../domain/index.ts';
import { useEndpoint } from '../../../api/queries.ts';

export function AboutPanel({ data, role }: { data: WorkspaceGraph; role: Role }) {
  const { t } = useTranslation();
  const { workspace } = data;
  const gemeenten = useEndpoint(contract.gemeenten.listGemeenten);
  const gemeente = gemeenten.data?.items.find((g) => g.code === workspace.gemeente);
  return (
    <section aria-labelledby="about-heading">
      <Heading level={2} id="about-heading">
        {t('shell.about.title')}
      </Heading>
      {workspace.description ? (
        workspace.description
          .split(/\n\s*\n/)
          .map((paragraph) => <Paragraph key={paragraph}>{paragraph}</Paragraph>)
      ) : (
        <Paragraph className="kv-muted">{t('shell.about.noDescription')}</Paragraph>
      )}
      <dl className="kv-facts">
        <dt>{t('shell.about.gemeente')}</dt>
        <dd>{gemeente ? `${gemeente.name} (${gemeente.code})` : workspace.gemeente}</dd>
        <dt>{t('shell.about.wijken')}</dt>
        <dd>{workspace.wijken.length > 0 ? workspace.wijken.join(', ') : t('shell.about.noWijken')}</dd>
        <dt>{t('shell.about.size')}</dt>
        <dd>
          {t('shell.actorCount', { count: data.actors.length })},{' '}
          {t('shell.relationCount', { count: data.relations.length })}
        </dd>
        <dt>{t('shell.about.role')}</dt>
        <dd>{t(`roles.${role}`)}</dd>
      </dl>
    </section>
  );
}
