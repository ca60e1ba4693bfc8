/**
 * "Vraagstukken": the subjects the werkruimte works on ("lokaal armoedebeleid"), each opening its own panel
 * with the power/interest grid. Editors add, change and remove them here; a removal asks first, because
 * every position on the vraagstuk goes with it (the history keeps them).
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { Topic } from '../../../../domain/index.ts';
import { call } from '../../../api/client.ts';
import { useEndpoint } from '../../../api/queries.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { useAnnouncedStatus } from '../../../components/use-announced-status.ts';
import { workspacePath } from '../../../router.ts';
import { problemText } from '../../../state/problem-errors.ts';
import { TopicForm } from './TopicForm.tsx';

interface TopicsPanelProps {
  workspaceId: string;
  canEdit: boolean;
  /** After any write: the werkruimte's cached answers are read again. */
  onChanged(): void;
  onOpenTopic(topicId: string): void;
}

/** How much of a description the list shows: enough to tell two vraagstukken apart. */
const DESCRIPTION_START = 160;

function startOf(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length <= DESCRIPTION_START ? line : `${line.slice(0, DESCRIPTION_START - 1).trimEnd()}…`;
}

export function TopicsPanel({ workspaceId, canEdit, onChanged, onOpenTopic }: TopicsPanelProps) {
  const { t } = useTranslation();
  const list = useEndpoint(contract.topics.listTopics, { params: { workspaceId }, query: { pageSize: 500 } });
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [removal, setRemoval] = useState<Topic | null>(null);
  const { status, setStatus, announce, ref: statusRef } = useAnnouncedStatus('');

  async function remove(topic: Topic) {
    setRemoval(null);
    try {
      await call(contract.topics.deleteTopic, { params: { workspaceId, topicId: topic.id } });
      announce(t('topics.deleted', { name: topic.name }));
      onChanged();
    } catch (error) {
      announce(problemText(error, t('errors.generic')));
    }
  }

  const topics = list.data?.items ?? [];
  return (
    <section aria-labelledby="topics-heading">
      <Heading level={2} id="topics-heading">
        {t('topics.title')}
      </Heading>
      <Paragraph>{t('topics.intro')}</Paragraph>
      <p className="kv-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      <QueryState query={list} />
      {list.data && topics.length === 0 && <Paragraph>{t('topics.none')}</Paragraph>}
      {topics.length > 0 && (
        <ul className="kv-topic-list" aria-label={t('topics.listLabel')}>
          {topics.map((topic) => (
            <li key={topic.id} className="kv-topic-item">
              {editing === topic.id ? (
                <TopicForm
                  workspaceId={workspaceId}
                  topic={topic}
                  onCancel={() => setEditing(null)}
                  onSaved={(saved) => {
                    setEditing(null);
                    setStatus(t('topics.saved', { name: saved.name }));
                    onChanged();
                  }}
                />
              ) : (
                <>
                  <p className="kv-topic-name">
                    <a
                      href={workspacePath(workspaceId, { kind: 'topic', topicId: topic.id })}
                      onClick={(event) => {
                        // A new tab or window keeps the browser's own way; a plain click opens the panel.
                        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
                        event.preventDefault();
                        onOpenTopic(topic.id);
                      }}
                    >
                      {topic.name}
                    </a>{' '}
                    <span className={`kv-topic-status kv-topic-status--${topic.status}`}>
                      {t(`topics.status.${topic.status}`)}
                    </span>
                  </p>
                  {topic.description && <p className="kv-topic-description">{startOf(topic.description)}</p>}
                  {canEdit && (
                    <div className="kv-actions">
                      <Button purpose="subtle" onClick={() => setEditing(topic.id)}>
                        {t('topics.edit', { name: topic.name })}
                      </Button>
                      <Button purpose="subtle" onClick={() => setRemoval(topic)}>
                        {t('topics.delete', { name: topic.name })}
                      </Button>
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit &&
        (editing === 'new' ? (
          <TopicForm
            workspaceId={workspaceId}
            topic={null}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              onChanged();
              // A new vraagstuk is empty: the next step is placing spelers on its grid.
              onOpenTopic(saved.id);
            }}
          />
        ) : (
          <Button purpose="secondary" onClick={() => setEditing('new')}>
            {t('topics.add')}
          </Button>
        ))}
      {removal && (
        <ConfirmDialog
          title={t('topics.deleteTitle')}
          message={t('topics.confirmDelete', { name: removal.name })}
          confirmLabel={t('topics.deleteConfirm')}
          cancelLabel={t('panel.cancel')}
          onConfirm={() => void remove(removal)}
          onCancel={() => setRemoval(null)}
        />
      )}
    </section>
  );
}
