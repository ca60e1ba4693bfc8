/**
 * The spelers found in both werkruimtes, for the user to confirm: a "Zelfde speler" box per match, ticked
 * to begin with; the "in beide" count follows the ticked ones. The server matches on names only, because a
 * speler's profile has no identifier such as a KvK number; the page says so.
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../components/Pager.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import {
  type Comparison,
  confirmedCount,
  type Match,
  matchKey,
  toggled,
} from '../../state/compare/compare-view.ts';
import { pageOf } from '../../state/data-table.ts';

/** Matches per page: two large werkruimtes can share thousands of names. */
const PAGE_SIZE = 100;

export function MatchTable({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const id = useId();
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [page, setPage] = useState(1);
  const { matches } = comparison;
  const names = { a: comparison.a.workspace.label, b: comparison.b.workspace.label };
  const shown = pageOf(matches, page, PAGE_SIZE);
  const speler = (actor: Match['a']) =>
    t('compare.matches.speler', { name: actor.name, force: t(`force.${actor.force}`) });
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={3} id={`${id}-heading`}>
        {t('compare.matches.heading')}
      </Heading>
      <Paragraph>{t('compare.matches.intro')}</Paragraph>
      <Paragraph className="kv-muted">{t('compare.matches.noIdentifier')}</Paragraph>
      <p aria-live="polite" className="kv-strong" data-testid="compare-in-both">
        {t('compare.matches.inBoth', { count: confirmedCount(matches, unticked) })}
      </p>
      {matches.length === 0 ? (
        <Paragraph>{t('compare.matches.none')}</Paragraph>
      ) : (
        <>
          <ScrollRegion label={t('compare.matches.caption')}>
            <table className="kv-table kv-compact" data-testid="compare-matches">
              <caption className="kv-caption">{t('compare.matches.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{names.a}</th>
                  <th scope="col">{names.b}</th>
                  <th scope="col">{t('compare.matches.same')}</th>
                  <th scope="col">{t('compare.matches.foundBy')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.items.map((match) => {
                  const key = matchKey(match);
                  return (
                    <tr key={key}>
                      <th scope="row">{speler(match.a)}</th>
                      <td>{speler(match.b)}</td>
                      <td>
                        <input
                          type="checkbox"
                          checked={!unticked.has(key)}
                          aria-label={t('compare.matches.sameLabel', { a: match.a.name, b: match.b.name })}
                          onChange={(event) =>
                            setUnticked((current) => toggled(current, key, event.target.checked))
                          }
                        />
                      </td>
                      <td>{t(`compare.matches.by.${match.by}`)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
          <Pager
            label={t('compare.matches.caption')}
            page={shown.page}
            pages={shown.pages}
            onPage={setPage}
          />
        </>
      )}
    </section>
  );
}
