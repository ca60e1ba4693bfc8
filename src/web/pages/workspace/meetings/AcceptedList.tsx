/**
 * What the room added so far, the latest decision first, each with how many said "klopt" and "klopt niet"
 * on their phones; one that at least as many doubt as support is marked "betwist", so the facilitator can
 * ask the room about it. Also the note of a group's kracht beside its name, shared with the counts tables.
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contribution } from '../../../../domain/index.ts';
import { isDisputed } from '../../../state/meeting/facilitator-counts.ts';
import { contributionWords, senderWords } from '../../../state/meeting/facilitator-words.ts';

interface AcceptedListProps {
  accepted: readonly Contribution[];
  actorName(id: string): string | undefined;
}

export function AcceptedList({ accepted, actorName }: AcceptedListProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="kv-meeting-accepted">
      <Heading level={4} id={`${id}-heading`}>
        {t('meetings.accepted.title', { count: accepted.length })}
      </Heading>
      {accepted.length === 0 ? (
        <Paragraph>{t('meetings.accepted.none')}</Paragraph>
      ) : (
        <ul className="kv-meeting-list" aria-labelledby={`${id}-heading`}>
          {accepted.map((contribution) => (
            <AcceptedItem key={contribution.id} contribution={contribution} actorName={actorName} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function AcceptedItem({
  contribution,
  actorName,
}: {
  contribution: Contribution;
  actorName(id: string): string | undefined;
}) {
  const { t } = useTranslation();
  const disputed = isDisputed(contribution.reactions);
  const merged =
    contribution.status === 'merged'
      ? contribution.content.kind === 'actor' && contribution.actorId
        ? t('meetings.accepted.mergedActor', {
            name: actorName(contribution.actorId) ?? t('meetings.words.unknownActor'),
          })
        : t('meetings.accepted.mergedRelation')
      : '';
  return (
    <li className={disputed ? 'kv-meeting-item kv-meeting-item--disputed' : 'kv-meeting-item'}>
      <p className="kv-meeting-words">
        {contributionWords(contribution, { t, actorName })}
        {disputed && <span className="kv-meeting-badge">{t('meetings.accepted.disputed')}</span>}
      </p>
      <p className="kv-hint">
        {senderWords(contribution, t)}
        {merged && ` · ${merged}`}
      </p>
      <p className="kv-meeting-reactions">
        {t('meetings.accepted.reactions', {
          klopt: contribution.reactions.klopt,
          kloptNiet: contribution.reactions.kloptNiet,
        })}
      </p>
    </li>
  );
}

/** A group's kracht beside its name, unless the name says it already ("Bewoners" speaks for bewoners). */
export function ForceNote({ name, force }: { name: string; force: string }) {
  const { t } = useTranslation();
  const label = t(`force.${force}`);
  if (label.toLocaleLowerCase() === name.trim().toLocaleLowerCase()) return null;
  return <span className="kv-muted"> ({label})</span>;
}
