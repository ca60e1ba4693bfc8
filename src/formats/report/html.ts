/**
 * The report as one standalone HTML page: the web app's preview and the `format=html` download. Print-ready
 * on A4 (CSS paged media: margins, page breaks before each section, headers of tables repeated, figures
 * kept whole), readable on a screen, with nothing loaded from elsewhere — the maps are inline SVG — so the
 * file can be mailed or archived as it is. Every text from the werkruimte is escaped: nothing in it can
 * become markup.
 */
import { escapeXml, renderMapSvg } from '../map-image/index.ts';
import type { ReportBlock, ReportDocument, RichText, TableBlock } from './document.ts';
import { runsOf } from './document.ts';

const STYLE = `
@page { size: A4; margin: 20mm 18mm 22mm; }
:root { color-scheme: light; }
body { font-family: 'Noto Sans', 'Noto Sans Variable', Arial, sans-serif; font-size: 11pt; line-height: 1.5;
  color: #1a1a1a; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
header.kv-report-title { margin-bottom: 2rem; }
header.kv-report-title h1 { font-size: 24pt; line-height: 1.2; margin: 0 0 0.5rem; }
header.kv-report-title p { margin: 0.25rem 0; color: #404040; }
h2 { font-size: 17pt; margin: 2rem 0 0.75rem; break-after: avoid; }
h3 { font-size: 13.5pt; margin: 1.5rem 0 0.5rem; break-after: avoid; }
h4 { font-size: 12pt; margin: 1.25rem 0 0.5rem; break-after: avoid; }
p, li { overflow-wrap: anywhere; }
p.kv-lead { font-size: 12.5pt; }
p.kv-note { font-size: 10pt; color: #555; }
nav.kv-report-contents ol { padding-left: 1.25rem; }
/* The contents' links are targets of their own: at least 24 px high (WCAG 2.2, 2.5.8). */
nav.kv-report-contents a { display: inline-block; min-height: 24px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.5rem 0 1.25rem; font-size: 10pt; }
caption { text-align: left; font-weight: 700; padding-bottom: 0.35rem; }
th, td { border: 1px solid #b0b7c0; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
thead th { background: #eef1f5; }
td.kv-number, th.kv-number { text-align: right; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
figure { margin: 1rem 0 1.5rem; break-inside: avoid; }
figure svg { width: 100%; height: auto; border: 1px solid #d0d5dd; }
figcaption { font-size: 10pt; color: #404040; margin-top: 0.35rem; }
footer.kv-report-footer { margin-top: 3rem; font-size: 9pt; color: #555; border-top: 1px solid #d0d5dd; }
.kv-page-break { break-after: page; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  section.kv-report-section { break-before: page; }
  footer.kv-report-footer { display: none; }
}
`;

/** HTML-escaped text: the five characters that matter, plus characters XML forbids. */
export function escapeHtml(text: string): string {
  return escapeXml(text);
}

function rich(text: RichText): string {
  return runsOf(text)
    .map((run) => (run.strong ? `<strong>${escapeHtml(run.text)}</strong>` : escapeHtml(run.text)))
    .join('');
}

/** A map's SVG for inline use: without the XML declaration, named for assistive technology. */
function inlineSvg(svg: string, alt: string, id: string): string {
  return svg
    .replace(/^<\?xml[^>]*\?>\s*/, '')
    .replace('<svg ', `<svg role="img" aria-labelledby="${id}" `)
    .replace(/(<svg[^>]*>)/, `$1<title id="${id}">${escapeHtml(alt)}</title>`);
}

function table(block: TableBlock): string {
  const cellClass = (numeric: boolean | undefined) => (numeric ? ' class="kv-number"' : '');
  const head = block.columns
    .map((column) => `<th scope="col"${cellClass(column.numeric)}>${escapeHtml(column.label)}</th>`)
    .join('');
  const body = block.rows
    .map((row) => {
      const cells = row.map((cell, index) => {
        const numeric = block.columns[index]?.numeric;
        return index === 0 && block.rowHeaders
          ? `<th scope="row"${cellClass(numeric)}>${escapeHtml(cell)}</th>`
          : `<td${cellClass(numeric)}>${escapeHtml(cell)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  // Columns get their share of the width by weight (unweighted ones count as 1), as in the PDF and DOCX.
  const weights = block.columns.map((column) => column.width ?? 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cols = weights
    .map((weight) => `<col style="width:${((weight / total) * 100).toFixed(1)}%">`)
    .join('');
  return `<table><caption>${escapeHtml(block.caption)}</caption><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function blockHtml(block: ReportBlock, figureNumber: () => number): string {
  switch (block.kind) {
    case 'heading': {
      // h1 is the title; a report section is h2.
      const tag = `h${block.level + 1}`;
      return `<${tag} id="${escapeHtml(block.id)}">${escapeHtml(block.text)}</${tag}>`;
    }
    case 'paragraph': {
      const style = block.style ? ` class="kv-${block.style}"` : '';
      return `<p${style}>${rich(block.text)}</p>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${rich(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return table(block);
    case 'figure': {
      const id = `kv-figure-${figureNumber()}`;
      return `<figure>${inlineSvg(renderMapSvg(block.scene), block.alt, id)}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
    }
    case 'pageBreak':
      return '<div class="kv-page-break" aria-hidden="true"></div>';
  }
}

/** Level-1 headings open a section (a new page in print); the contents list links to them. */
export function writeReportHtml(document: ReportDocument): string {
  let figures = 0;
  const figureNumber = () => {
    figures += 1;
    return figures;
  };
  const sections: string[] = [];
  let open = false;
  for (const block of document.blocks) {
    if (block.kind === 'heading' && block.level === 1) {
      if (open) sections.push('</section>');
      sections.push(`<section class="kv-report-section" aria-labelledby="${escapeHtml(block.id)}">`);
      open = true;
    }
    sections.push(blockHtml(block, figureNumber));
  }
  if (open) sections.push('</section>');
  const contents = document.blocks
    .filter((block) => block.kind === 'heading' && block.level === 1)
    .map((block) =>
      block.kind === 'heading'
        ? `<li><a href="#${escapeHtml(block.id)}">${escapeHtml(block.text)}</a></li>`
        : '',
    )
    .join('');
  const subtitle = document.subtitle ? `<p>${escapeHtml(document.subtitle)}</p>` : '';
  const author = document.author ? `<p>${escapeHtml(document.author)}</p>` : '';
  return `<!doctype html>
<html lang="${document.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="kv-report-title">
<h1>${escapeHtml(document.title)}</h1>
${subtitle}${author}<p>${escapeHtml(document.date)}</p>
</header>
<nav class="kv-report-contents" aria-labelledby="kv-contents"><h2 id="kv-contents">${escapeHtml(document.words.contents)}</h2><ol>${contents}</ol></nav>
<main>
${sections.join('\n')}
</main>
${document.footer ? `<footer class="kv-report-footer"><p>${escapeHtml(document.footer)}</p></footer>` : ''}
</body>
</html>
`;
}
