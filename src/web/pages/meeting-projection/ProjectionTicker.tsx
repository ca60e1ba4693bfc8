/**
 * The projection's ticker: the last few contributions that came onto the map, in words, with the group
 * that said it. A polite live region, so a screen reader in the room hears each new line. Names are
 * participants' text: React renders them as text, each in its own element capped with an ellipsis.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { slot, splitSlots, type TickerEntry, type TickerLine } from './ticker.ts';

interface ProjectionTickerProps {
  entries: readonly TickerEntry[];
  /** Contributions lit up on the map now: their lines are marked too. */
  fresh: ReadonlySet<string>;
}

export function ProjectionTicker({ entries, fresh }: ProjectionTickerProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="kv-projection-section kv-projection-ticker" aria-labelledby={headingId}>
      <h2 id={headingId} className="kv-projection-heading">
        {t('projection.ticker.heading')}
      </h2>
      {/* Always in the page, so the region exists before its first line is spoken. */}
      <ol className="kv-projection-ticker-list" aria-live="polite" data-testid="projection-ticker">
        {entries.map((entry) => (
          <li
            key={entry.id}
            className={
              fresh.has(entry.id)
                ? 'kv-projection-ticker-item kv-projection-ticker-item--new'
                : 'kv-projection-ticker-item'
            }
          >
            <span className="kv-projection-ticker-text">
              <TickerSentence line={entry.line} />
            </span>
            <span className="kv-projection-ticker-group">
              {t('projection.ticker.group', { group: entry.group })}
            </span>
          </li>
        ))}
      </ol>
      {entries.length === 0 && <p className="kv-projection-quiet">{t('projection.ticker.empty')}</p>}
    </section>
  );
}

function TickerSentence({ line }: { line: TickerLine }) {
  const { t } = useTranslation();
  const unknown = t('projection.ticker.unknownActor');
  let names: Record<string, string>;
  let sentence: string;
  switch (line.kind) {
    case 'actorNew':
    case 'actorKnown':
      names = { name: line.name };
      sentence = t(`projection.ticker.${line.kind}`, {
        name: slot('name'),
        force: t(`force.${line.force}`).toLocaleLowerCase(),
      });
      break;
    case 'tie':
      names = { source: line.source ?? unknown, target: line.target ?? unknown };
      sentence = t('projection.ticker.tie', {
        source: slot('source'),
        target: slot('target'),
        relation: t(`relationType.${line.type}`),
      });
      break;
    case 'position':
      names = { name: line.name ?? unknown };
      sentence = t('projection.ticker.position', {
        name: slot('name'),
        invloed: line.invloed,
        belang: line.belang,
      });
      break;
  }
  return (
    <>
      {splitSlots(sentence).map((part, index) =>
        'slot' in part ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence never reorder.
          <span key={index} className="kv-projection-name">
            {names[part.slot] ?? ''}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
