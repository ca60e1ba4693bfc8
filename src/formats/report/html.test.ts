import { describe, expect, it } from 'vitest';
import { writeReportHtml } from './html.ts';
import { HOSTILE_NAME, sampleReport } from './test-fixture.ts';

describe('the report as an HTML page', () => {
  const html = writeReportHtml(sampleReport());

  it('is one standalone page in the report language, titled, with a contents list', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<title>Krachtenveldanalyse Voorbeeldgemeente</title>');
    expect(html).toContain('<h2 id="kv-contents">Inhoud</h2>');
    expect(html).toContain('<li><a href="#samenvatting">Samenvatting</a></li>');
    expect(html).not.toMatch(/<(script|link|iframe|img)\b/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('gives each section its heading, one level under the title', () => {
    expect(html).toContain('<section class="kv-report-section" aria-labelledby="samenvatting">');
    expect(html).toContain('<h2 id="samenvatting">Samenvatting</h2>');
    expect(html).toContain('<h3 id="makelaars">Wie trekt de samenwerking?</h3>');
    expect(html.match(/<section /g)?.length).toBe(3);
  });

  it('shows text from the werkruimte as written, never as markup', () => {
    expect(html).not.toContain('<b>Buurthuis</b>');
    expect(html).toContain('&lt;b&gt;Buurthuis&lt;/b&gt; &amp; &quot;De Kern&quot; =SUM(A1)');
    expect(HOSTILE_NAME).toContain('<b>');
  });

  it('marks table headers for columns and rows, and figures with their description', () => {
    expect(html).toContain('<caption>Spelers per kracht</caption>');
    expect(html).toContain('<th scope="col">Speler</th>');
    expect(html).toContain('<th scope="col" class="kv-number">Relaties</th>');
    expect(html).toContain(
      '<th scope="row">Wijkteam Noord</th><td>Professionals</td><td class="kv-number">17</td>',
    );
    expect(html).toContain('<svg role="img" aria-labelledby="kv-figure-1" ');
    expect(html).toContain('<title id="kv-figure-1">Kaart met 4 spelers in vijf vakken;');
    expect(html).toContain('<figcaption>Figuur 1. De kaart in vijf krachten.</figcaption>');
    expect(html).toContain('<strong>−0,42</strong>');
  });
});
