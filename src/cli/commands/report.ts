/**
 * `krachtenveld report <werkruimte> --format pdf|docx|html --output FILE`: the krachtenveldanalyse as a file
 * (services/report, the same report as the web app's Rapport section and GET …/report), for a council
 * committee or a wijkplan. Optionally for one vraagstuk, compared with a momentopname, with chosen sections.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  REPORT_FORMATS,
  REPORT_SECTIONS,
  type ReportFormat,
  type ReportSection,
  ValidationError,
} from '../../domain/index.ts';
import { type Locale, loadConfig, openStore } from '../../server/index.ts';
import { buildReport, inlineAnalysis, renderReport } from '../../services/index.ts';
import type { Command } from '../command.ts';
import { findWorkspace } from '../find-workspace.ts';
import { findTopic } from './positions.ts';
import { findSnapshot, validationProblem } from './snapshot.ts';

export const reportCommand: Command = {
  name: 'report',
  usage: 'report <werkruimte> --format F --output FILE',
  summary: 'The krachtenveldanalyse of a werkruimte as PDF, DOCX or HTML',
  help: [
    'Usage: krachtenveld report <werkruimte> --format pdf|docx|html --output FILE [options]',
    '',
    '<werkruimte> is the id or the exact name of a werkruimte ("Voorbeeldgemeente"). Writes the report: a',
    'summary, the five forces, the map, the verkokering diagnosis, who pulls the collaboration together,',
    'missing links, residents, vraagstukken, perspectives, what changed, the method and the register.',
    'The PDF is tagged (PDF/UA) for publication; the DOCX opens in Word and LibreOffice to edit.',
    '',
    'Options:',
    '  --format F          pdf, docx or html (required)',
    '  --output FILE       where to write it (required; an existing file is replaced)',
    '  --vraagstuk V       only this vraagstuk (id or exact name) in the vraagstukken section',
    '  --since S           compare with this momentopname (id or exact name): adds "Wat veranderde"',
    `  --sections LIST     comma-separated, of: ${REPORT_SECTIONS.join(', ')}`,
    '  --lang L            nl (default) or en',
    '  -h, --help          show this help',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        vraagstuk: { type: 'string' },
        since: { type: 'string' },
        sections: { type: 'string' },
        lang: { type: 'string', default: 'nl' },
      },
    });
    const format = values.format as ReportFormat | undefined;
    if (!format || !REPORT_FORMATS.includes(format))
      return usageError(
        `--format must be one of pdf, docx or html${values.format ? `, not "${values.format}"` : ''}.`,
      );
    if (!values.output) return usageError('Name the file to write with --output.');
    if (values.lang !== 'nl' && values.lang !== 'en')
      return usageError(`Unknown --lang "${values.lang}": expecting nl or en.`);
    const locale: Locale = values.lang;
    const sections = values.sections
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const unknown = sections?.filter((section) => !REPORT_SECTIONS.includes(section as ReportSection)) ?? [];
    if (unknown.length > 0)
      return usageError(
        `Unknown section ${unknown.map((s) => `"${s}"`).join(', ')}: expecting ${REPORT_SECTIONS.join(', ')}.`,
      );
    if (positionals.length !== 1) return usageError('Name one werkruimte (id or exact name).');

    const store = await openStore(loadConfig());
    try {
      const workspace = await findWorkspace(store, positionals[0] as string);
      if (!workspace) return usageError(`No werkruimte with id or name "${positionals[0]}".`);
      let topic: string | undefined;
      if (values.vraagstuk) {
        const found = await findTopic(store, workspace.id, values.vraagstuk);
        if (typeof found === 'string') return usageError(found);
        topic = found.id;
      }
      let since: string | undefined;
      if (values.since) {
        const found = await findSnapshot(store, workspace.id, values.since);
        if (typeof found === 'string') return usageError(found);
        since = found.id;
      }
      const document = await buildReport({
        store,
        runner: inlineAnalysis,
        workspace,
        request: {
          lang: locale,
          ...(sections ? { sections: sections as ReportSection[] } : {}),
          ...(topic ? { topic } : {}),
          ...(since ? { since } : {}),
        },
        authorName: null,
      });
      const rendered = await renderReport(document, format);
      await writeFile(values.output, rendered.body);
      console.error(`Wrote ${values.output} (${format}).`);
      return 0;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return validationProblem('report', error, locale, { topic: '--vraagstuk', since: '--since' });
    } finally {
      await store.close();
    }
  },
};

function usageError(message: string): number {
  console.error(`${message}\nRun \`krachtenveld report --help\` for the options.`);
  return 2;
}
