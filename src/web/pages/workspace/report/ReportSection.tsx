/**
 * Rapport: the krachtenveldanalyse of the werkruimte as a file to hand to a council committee. The user
 * chooses the sections, a vraagstuk, whose map, a snapshot to compare with, their own introduction and
 * conclusions and the language; the preview is the report's HTML page itself (GET …/report?format=html, in a
 * sandboxed frame: it runs nothing), and the downloads are the same report as tagged PDF or as DOCX.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import {
  REPORT_SECTIONS,
  type ReportFormat,
  type ReportSection as Section,
} from '../../../../domain/index.ts';
import { hrefOf } from '../../../api/client.ts';
import { useEndpoint } from '../../../api/queries.ts';
import { TextField } from '../../../components/TextField.tsx';
import { formatDate } from '../../../i18n/format.ts';

interface Choices {
  sections: Section[];
  topic: string;
  perspective: string;
  since: string;
  introduction: string;
  conclusions: string;
  lang: 'nl' | 'en';
}

export function ReportSection({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const params = useMemo(() => ({ workspaceId }), [workspaceId]);
  const topics = useEndpoint(contract.topics.listTopics, { params, query: { pageSize: 500 } });
  const perspectives = useEndpoint(contract.perspectives.listPerspectives, {
    params,
    query: { pageSize: 500 },
  });
  const snapshots = useEndpoint(contract.snapshots.listSnapshots, { params });
  const [choices, setChoices] = useState<Choices>(() => ({
    sections: [...REPORT_SECTIONS],
    topic: '',
    perspective: '',
    since: '',
    introduction: '',
    conclusions: '',
    lang: i18n.language === 'en' ? 'en' : 'nl',
  }));
  // The preview follows every choice at once, but the own texts only on "update", so typing does not
  // reload it on every key; the downloads are always what the preview shows.
  const [shown, setShown] = useState<Choices>(choices);
  const change = (next: Partial<Choices>) => {
    const updated = { ...choices, ...next };
    setChoices(updated);
    const typing = 'introduction' in next || 'conclusions' in next;
    if (!typing && updated.sections.length > 0)
      setShown((current) => ({
        ...updated,
        introduction: current.introduction,
        conclusions: current.conclusions,
      }));
  };
  const none = choices.sections.length === 0;

  const hrefFor = (format: ReportFormat, of: Choices) =>
    hrefOf(contract.report.getReport, {
      params,
      query: {
        format,
        // The order is the report's own; every section is the default.
        ...(of.sections.length < REPORT_SECTIONS.length ? { sections: of.sections } : {}),
        ...(of.topic ? { topic: of.topic } : {}),
        ...(of.perspective ? { perspective: of.perspective } : {}),
        ...(of.since ? { since: of.since } : {}),
        ...(of.introduction.trim() ? { introduction: of.introduction } : {}),
        ...(of.conclusions.trim() ? { conclusions: of.conclusions } : {}),
        lang: of.lang,
      },
    });

  function preview(event: FormEvent) {
    event.preventDefault();
    if (!none) setShown(choices);
  }

  const toggle = (section: Section) =>
    change({
      sections: choices.sections.includes(section)
        ? choices.sections.filter((s) => s !== section)
        : REPORT_SECTIONS.filter((s) => s === section || choices.sections.includes(s)),
    });

  return (
    <section aria-labelledby={`${id}-heading`} className="kv-section kv-report">
      <Heading level={2} id={`${id}-heading`}>
        {t('report.title')}
      </Heading>
      <Paragraph>{t('report.intro')}</Paragraph>
      <form onSubmit={preview} className="kv-report-form">
        <fieldset>
          <legend>{t('report.sections')}</legend>
          {REPORT_SECTIONS.map((section) => (
            <div key={section} className="kv-check">
              <input
                type="checkbox"
                id={`${id}-${section}`}
                checked={choices.sections.includes(section)}
                onChange={() => toggle(section)}
              />
              <label htmlFor={`${id}-${section}`}>{t(`report.sectionNames.${section}`)}</label>
            </div>
          ))}
          {none && (
            <p className="kv-error" role="alert">
              {t('report.noSections')}
            </p>
          )}
        </fieldset>
        <div className="kv-field">
          <label htmlFor={`${id}-topic`}>{t('report.topic')}</label>
          <select
            id={`${id}-topic`}
            value={choices.topic}
            onChange={(e) => change({ topic: e.target.value })}
          >
            <option value="">{t('report.allTopics')}</option>
            {(topics.data?.items ?? []).map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name}
              </option>
            ))}
          </select>
        </div>
        <div className="kv-field">
          <label htmlFor={`${id}-perspective`}>{t('report.perspective')}</label>
          <select
            id={`${id}-perspective`}
            value={choices.perspective}
            onChange={(e) => change({ perspective: e.target.value })}
          >
            <option value="">{t('report.stored')}</option>
            {(perspectives.data?.items ?? []).map((perspective) => (
              <option key={perspective.id} value={perspective.id}>
                {perspective.name}
              </option>
            ))}
          </select>
        </div>
        <div className="kv-field">
          <label htmlFor={`${id}-since`}>{t('report.since')}</label>
          <select
            id={`${id}-since`}
            value={choices.since}
            onChange={(e) => change({ since: e.target.value })}
          >
            <option value="">{t('report.noSince')}</option>
            {(snapshots.data?.items ?? []).map((snapshot) => (
              <option key={snapshot.id} value={snapshot.id}>
                {snapshot.name} ({formatDate(snapshot.takenAt, i18n.language)})
              </option>
            ))}
          </select>
        </div>
        <TextField
          id={`${id}-introduction`}
          label={t('report.introduction')}
          hint={t('report.ownHint')}
          value={choices.introduction}
          onChange={(introduction) => change({ introduction })}
          multiline
        />
        <TextField
          id={`${id}-conclusions`}
          label={t('report.conclusions')}
          hint={t('report.ownHint')}
          value={choices.conclusions}
          onChange={(conclusions) => change({ conclusions })}
          multiline
        />
        <div className="kv-field">
          <label htmlFor={`${id}-lang`}>{t('report.language')}</label>
          <select
            id={`${id}-lang`}
            value={choices.lang}
            onChange={(e) => change({ lang: e.target.value === 'en' ? 'en' : 'nl' })}
          >
            <option value="nl">{t('report.languages.nl')}</option>
            <option value="en">{t('report.languages.en')}</option>
          </select>
        </div>
        <Button type="submit" purpose="secondary" disabled={none}>
          {t('report.preview')}
        </Button>
      </form>

      <Heading level={3}>{t('report.download')}</Heading>
      <ul className="kv-report-downloads">
        {(['pdf', 'docx', 'html'] as const).map((format) => (
          <li key={format}>
            <a href={none ? undefined : hrefFor(format, shown)} download aria-disabled={none || undefined}>
              {t(`report.${format}`)}
            </a>
          </li>
        ))}
      </ul>

      <Heading level={3}>{t('report.previewTitle')}</Heading>
      <p className="kv-hint">{t('report.previewHint')}</p>
      <iframe
        key={hrefFor('html', shown)}
        className="kv-report-preview"
        title={t('report.previewTitle')}
        src={hrefFor('html', shown)}
        sandbox=""
        data-testid="report-preview"
      />
    </section>
  );
}
