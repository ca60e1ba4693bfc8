/**
 * A bijeenkomst's contribution in one line of words, as the facilitator reads it in the queue and the
 * summary: "Nieuwe speler: Buurtkamer Noord (Bewoners): “Zij kennen de buurt”", "Wijkteam werkt samen met
 * Buurtkamer, sterkte 4", "Wijkteam: invloed 4, belang 2, standpunt +1 (voor)". Names come from the
 * contribution itself (it names every speler it refers to), then from the map; plain text, React escapes it.
 */
import type { TFunction } from 'i18next';
import { type Contribution, STANCE_NAMES } from '../../../domain/index.ts';

export interface WordsContext {
  t: TFunction;
  /** The name of a speler on the map now, for a contribution that does not name it itself. */
  actorName?(id: string): string | undefined;
}

type Described = { content: Contribution['content']; actors: readonly { id: string; name: string }[] };

/** The name of a speler a contribution refers to; "een onbekende speler" when nobody knows it. */
export function actorNameIn(contribution: Described, id: string, context: WordsContext): string {
  return (
    contribution.actors.find((actor) => actor.id === id)?.name ??
    context.actorName?.(id) ??
    context.t('meetings.words.unknownActor')
  );
}

/** A standpunt with its sign, as people say it: "+1", "0", "−2" (a real minus sign). */
export function signedStance(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${Math.abs(value)}`;
  return '0';
}

/** What a contribution says, in one line. */
export function contributionWords(contribution: Described, context: WordsContext): string {
  const { t } = context;
  const content = contribution.content;
  switch (content.kind) {
    case 'actor': {
      const values = { name: content.name, force: t(`force.${content.force}`), why: content.why ?? '' };
      return content.why ? t('meetings.words.actorWhy', values) : t('meetings.words.actor', values);
    }
    case 'tie':
      return t('meetings.words.tie', {
        source: actorNameIn(contribution, content.sourceId, context),
        type: t(`relationType.${content.type}`, { defaultValue: content.type }),
        target: actorNameIn(contribution, content.targetId, context),
        strength: content.strength,
      });
    case 'position': {
      const name = STANCE_NAMES[String(content.standpunt) as keyof typeof STANCE_NAMES] ?? 'neutral';
      return t('meetings.words.position', {
        actor: actorNameIn(contribution, content.actorId, context),
        invloed: content.invloed,
        belang: content.belang,
        standpunt: signedStance(content.standpunt),
        stance: t(`topics.stance.${name}`),
      });
    }
  }
}

/** Who sent it: "Bewoners · Fatima", or only the group when the sender gave no name. */
export function senderWords(contribution: Pick<Contribution, 'groupName' | 'participantName'>, t: TFunction) {
  return contribution.participantName
    ? t('meetings.words.sender', { group: contribution.groupName, name: contribution.participantName })
    : t('meetings.words.senderGroup', { group: contribution.groupName });
}

/** A join code as shown on the screen, in two groups of three ("ABC 234"); typed with the space it still works. */
export function codeInGroups(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
