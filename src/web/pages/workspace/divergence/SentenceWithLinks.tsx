/**
 * A sentence from `parts.ts` on screen: its text as written, each slot a speler's name as a link that
 * opens the speler's panel (a real address, so it also opens in a new tab). A speler no longer on the
 * map reads as "een verwijderde speler", without a link.
 */
import { useTranslation } from 'react-i18next';
import { followLink, workspacePath } from '../../../router.ts';
import { type Part, partsOf } from './parts.ts';

interface SentenceWithLinksProps {
  workspaceId: string;
  /** The sentence with slot markers, as the i18n text gave it. */
  sentence: string;
  /** Which speler each slot names. */
  actors: Readonly<Record<string, string>>;
  nameOf(actorId: string): string | undefined;
}

export function SentenceWithLinks({ workspaceId, sentence, actors, nameOf }: SentenceWithLinksProps) {
  const { t, i18n } = useTranslation();
  const parts: Part[] = partsOf(sentence, i18n.language);
  return (
    <>
      {parts.map((part, index) => {
        // The parts of one sentence never change order: the index is a stable key.
        const key = `${index}`;
        if ('text' in part) return <span key={key}>{part.text}</span>;
        const actorId = actors[part.slot];
        const name = actorId ? nameOf(actorId) : undefined;
        if (!actorId || name === undefined) return <span key={key}>{t('history.unknownActor')}</span>;
        return (
          <a key={key} href={workspacePath(workspaceId, { kind: 'actor', actorId })} onClick={followLink}>
            {name}
          </a>
        );
      })}
    </>
  );
}
