import { beforeAll, describe, expect, it } from 'vitest';
import { compare, type ComparisonResult } from './compare.js';
import { METRICS } from './report-format.js';
import { renderReport } from './report-html.js';
import { smallScenario } from './test-fixtures.js';

const FAKE_CHART_JS = 'window.Chart = function Chart() {}; /* "</script>" inside a string must not end the tag */';

describe('renderReport', () => {
  const scenario = smallScenario();
  scenario.name = 'Small <day> & "night"';
  let result: ComparisonResult;
  let html = '';
  beforeAll(async () => {
    result = await compare(scenario, { seeds: [1] });
    html = renderReport(result, { chartJs: FAKE_CHART_JS });
  });

  it('is one self-contained file: Chart.js and the data inline, nothing fetched', async () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('window.Chart = function Chart() {}');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).not.toMatch(/https?:\/\//);
    // The only </script> occurrences close our three script tags.
    expect(html.match(/<\/script>/g)).toHaveLength(3);
  });

  it('embeds the chart data as JSON the browser script can read', async () => {
    const json = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)?.[1];
    const data = JSON.parse(json!) as { labels: string[]; policies: { name: string; series: Record<string, unknown[]> }[] };
    expect(data.labels).toHaveLength(16);
    expect(data.policies.map((p) => p.name)).toEqual(['hybrid', 'ai-only', 'human-only-batch']);
    expect(data.policies[0]!.series.serviceLevel).toHaveLength(16);
  });

  it('pairs every chart with a data table, and escapes names', async () => {
    for (const m of METRICS.filter((x) => x.chart)) {
      expect(html).toContain(`<canvas data-metric="${m.key}"`);
      expect(html).toContain(`<summary>Data: ${m.label.replace(/&/g, '&amp;')} per interval</summary>`);
    }
    expect(html).toContain('<h1>Small &lt;day&gt; &amp; &quot;night&quot;</h1>');
    expect(html).toContain('id="cost-quality"');
    expect(html).toContain('Guardrail switches per policy and seed');
  });

  it('renders the same bytes for the same result', async () => {
    expect(renderReport(result, { chartJs: FAKE_CHART_JS })).toBe(html);
  });
});
