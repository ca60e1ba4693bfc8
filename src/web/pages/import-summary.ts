/**
 * The words for an import's result: "412 spelers en 1.380 relaties ingelezen; 3 kolommen genegeerd", then
 * one line per skipped column and per foreign column that was used in another way.
 */
import type { TFunction } from 'i18next';
import type { ImportSummary } from '../../domain/index.ts';

export function describeImport(summary: ImportSummary, t: TFunction, language: string): string[] {
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL');
  const count = (counts: { created: number; updated: number }) =>
    number.format(counts.created + counts.updated);
  const total = (counts: { created: number; updated: number }) => counts.created + counts.updated;
  let headline = t('import.summary', {
    actors: t('import.actorCount', { count: total(summary.actors), formatted: count(summary.actors) }),
    relations: t('import.relationCount', {
      count: total(summary.relations),
      formatted: count(summary.relations),
    }),
  });
  const updated = summary.actors.updated + summary.relations.updated;
  if (updated > 0)
    headline += t('import.summaryUpdated', { count: updated, formatted: number.format(updated) });
  if (summary.ignored.length > 0)
    headline += t('import.summaryIgnored', {
      count: summary.ignored.length,
      formatted: number.format(summary.ignored.length),
    });
  const claims = summary.claims
    ? [
        t('import.claimsLine', {
          perspectives: count(summary.claims.perspectives),
          assessments: count(summary.claims.assessments),
          topics: count(summary.claims.topics),
          positions: count(summary.claims.positions),
        }),
      ]
    : [];
  return [
    `${headline}.`,
    ...claims,
    ...summary.ignored.map((column) => t('import.ignoredColumn', { column })),
    ...summary.mapped.map(({ from, to }) => t('import.mappedColumn', { from, to })),
  ];
}
