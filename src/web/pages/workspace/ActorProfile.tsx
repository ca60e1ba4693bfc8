/**
 * A speler's profile as a definition list: the profile texts (an empty one says so), domeinen, wijken,
 * labels, website and sources. Shown by the speler panel and by a momentopname's read-only card.
 */
import { useTranslation } from 'react-i18next';
import { type ActorCreate, PROFILE_FIELDS } from '../../../domain/index.ts';

export function ActorProfile({ actor }: { actor: ActorCreate }) {
  const { t } = useTranslation();
  return (
    <dl className="kv-profile">
      {PROFILE_FIELDS.map((field) => (
        <div key={field}>
          <dt>{t(`actorForm.${field}`)}</dt>
          <dd className={actor[field] ? 'kv-prewrap' : 'kv-muted'}>{actor[field] || t('panel.notFilled')}</dd>
        </div>
      ))}
      <div>
        <dt>{t('actorForm.domains')}</dt>
        <dd>{actor.domains.map((d) => t(`domain.${d}`)).join(', ') || '–'}</dd>
      </div>
      <div>
        <dt>{t('actorForm.wijken')}</dt>
        <dd>{actor.wijken.join(', ') || '–'}</dd>
      </div>
      <div>
        <dt>{t('actorForm.tags')}</dt>
        <dd>{actor.tags.join(', ') || '–'}</dd>
      </div>
      {actor.website && (
        <div>
          <dt>{t('actorForm.website')}</dt>
          <dd>
            <a href={actor.website} rel="noreferrer noopener" target="_blank">
              {actor.website}
            </a>
          </dd>
        </div>
      )}
      <div>
        <dt>{t('actorForm.sources')}</dt>
        <dd className="kv-prewrap">{actor.sources.join('\n') || '–'}</dd>
      </div>
    </dl>
  );
}
