/**
 * The personal links just made, shown once: the token is only in the answer that made it, so this is the
 * one moment to copy each link. Each has its own "Kopieer link" button; without a clipboard (an insecure
 * address, or the browser says no) the link is selected for Ctrl+C.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphActor, SurveyState } from '../../../../domain/index.ts';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { linkRows } from '../../../state/surveys/survey-links.ts';

export interface LinkList {
  /** New respondents, or new links for respondents who had one. */
  kind: 'added' | 'renewed';
  links: readonly { respondentId: string; actorId: string; path: string }[];
}

interface IssuedLinksProps {
  list: LinkList;
  actors: readonly GraphActor[];
  surveyState: SurveyState;
  onHide(): void;
}

export function IssuedLinks({ list, actors, surveyState, onHide }: IssuedLinksProps) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const rows = useMemo(() => {
    const names = new Map(actors.map((actor) => [actor.id, actor.name]));
    return linkRows(list.links, (actorId) => names.get(actorId), window.location.origin);
  }, [list, actors]);

  // The links appear below the form that made them: focus moves to them, so nobody misses them. Each new
  // list is a new instance (its `key`), so this runs once per list.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function copy(url: string, name: string, field: HTMLInputElement | null) {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopyStatus(t('surveys.links.copied', { name }));
    } catch {
      field?.focus();
      field?.select();
      setCopyStatus(t('surveys.links.copyByHand'));
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="kv-invitation-link kv-survey-links">
      <Heading level={5} id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t(`surveys.links.${list.kind}Title`, { count: rows.length })}
      </Heading>
      <Paragraph>{t('surveys.links.personal')}</Paragraph>
      {surveyState === 'concept' && <Paragraph>{t('surveys.links.notYetOpen')}</Paragraph>}
      <ScrollRegion label={t('surveys.links.tableLabel')}>
        <table className="kv-table kv-compact">
          <caption className="kv-visually-hidden">{t('surveys.links.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.respondents.actor')}</th>
              <th scope="col">{t('surveys.links.link')}</th>
              <th scope="col">
                <span className="kv-visually-hidden">{t('surveys.links.copy')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <LinkRow key={row.respondentId} name={row.actorName} url={row.url} onCopy={copy} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="kv-status" role="status">
        {copyStatus}
      </p>
      <Button purpose="secondary" onClick={onHide}>
        {t('surveys.links.hide')}
      </Button>
    </section>
  );
}

function LinkRow({
  name,
  url,
  onCopy,
}: {
  name: string;
  url: string;
  onCopy(url: string, name: string, field: HTMLInputElement | null): Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <label htmlFor={id} className="kv-visually-hidden">
          {t('surveys.links.linkFor', { name })}
        </label>
        <input
          id={id}
          ref={field}
          readOnly
          className="utrecht-textbox kv-link-field"
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
      </td>
      <td>
        <Button
          purpose="secondary"
          aria-label={t('surveys.links.copyFor', { name })}
          onClick={() => void onCopy(url, name, field.current)}
        >
          {t('surveys.links.copy')}
        </Button>
      </td>
    </tr>
  );
}
