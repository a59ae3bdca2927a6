import type { ComparisonResult, PolicyComparison } from './compare.js';
import { CHART_SCRIPT, chartData } from './report-charts.js';
import { METRICS, escapeHtml as h, formatMoney, formatValue, jsonForScript, type MetricInfo } from './report-format.js';
import { clockLabel } from './run.js';

/**
 * The report: one self-contained HTML file (Chart.js and the data inlined, no network), with every
 * chart followed by a data table, so the figures are readable without a canvas or a mouse.
 * Pure: the caller passes Chart.js's source (simulate-command.ts reads it from node_modules).
 * No timestamps go in, so the same result always renders the same bytes.
 */
export interface ReportOptions {
  /** The UMD build of Chart.js (chart.umd.js). */
  readonly chartJs: string;
}

export function renderReport(result: ComparisonResult, options: ReportOptions): string {
  const { scenario } = result;
  const cur = scenario.currency;
  const body = [
    `<header><h1>${h(scenario.name)}</h1>${scenario.description ? `<p>${h(scenario.description)}</p>` : ''}`,
    `<p class="meta">${scenario.hours} h simulated in ${scenario.intervalMinutes}-minute intervals · service level target: answered within ${scenario.serviceLevelSeconds} s · seeds ${result.seeds.join(', ')} · policies: ${result.policies.map((p) => h(p.policy.name)).join(', ')}</p></header>`,
    costQuality(result),
    summaryTable(result),
    `<section><h2>Through the day</h2><p>Per interval, policies side by side (pooled over the seeds). Queue figures belong to the interval in which customers entered the queue.</p>`,
    ...METRICS.filter((m) => m.chart).map((m) => intervalFigure(result, m)),
    `</section>`,
    agentsTable(result),
    guardrailTable(result),
    definitions(),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(scenario.name)} — Tandem simulation</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
<script type="application/json" id="report-data">${jsonForScript(chartData(result))}</script>
<script>${options.chartJs.replace(/<\/script/gi, '<\\/script')}</script>
<script>${CHART_SCRIPT}</script>
</body>
</html>
`;
  function costQuality(r: ComparisonResult): string {
    const rows = r.policies
      .map((p) => {
        const s = p.summary;
        const budget = scenario.budgetPerDayMinor === null ? '' : `<td>${formatValue(s.totalCostMinor / scenario.budgetPerDayMinor, 'percent', cur)}</td>`;
        return `<tr><th scope="row">${h(p.policy.name)}</th><td>${formatValue(s.costPerContactMinor, 'money', cur)}</td><td>${formatValue(s.durableResolutionRate, 'percent', cur)}</td><td>${formatValue(s.costPerDurableResolutionMinor, 'money', cur)}</td><td>${formatValue(s.csatProxy, 'percent', cur)}</td><td>${formatValue(s.totalCostMinor, 'money', cur)}</td>${budget}</tr>`;
      })
      .join('');
    const budgetHead = scenario.budgetPerDayMinor === null ? '' : `<th scope="col">Share of budget (${formatMoney(scenario.budgetPerDayMinor, cur)})</th>`;
    return `<section><h2>Cost against quality</h2>
<figure><canvas id="cost-quality" role="img" aria-label="Cost per contact against durable resolution, one point per policy and seed"></canvas>
<figcaption>Each point is one seed; up and to the left is better.</figcaption></figure>
<table><caption>Cost and quality per policy (pooled over seeds)</caption><thead><tr><th scope="col">Policy</th><th scope="col">Cost per contact</th><th scope="col">Durable resolution</th><th scope="col">Cost per durable resolution</th><th scope="col">CSAT proxy</th><th scope="col">Total cost per day</th>${budgetHead}</tr></thead><tbody>${rows}</tbody></table></section>`;
  }
}

function summaryTable(result: ComparisonResult): string {
  const cur = result.scenario.currency;
  const head = result.policies.map((p) => `<th scope="col">${h(p.policy.name)}<br><small>${h(describePolicy(p))}</small></th>`).join('');
  const rows = METRICS.map((m) => {
    const values = result.policies.map((p) => p.summary[m.key]);
    const best = bestIndex(values, m);
    const cells = result.policies
      .map((p, i) => {
        const spread = p.spread[m.key];
        const sd = spread !== undefined && result.seeds.length > 1 && spread.sd > 0 ? ` <small>± ${formatValue(spread.sd, m.unit, cur)}</small>` : '';
        const text = `${formatValue(p.summary[m.key], m.unit, cur)}${sd}`;
        return i === best ? `<td><strong>${text}</strong></td>` : `<td>${text}</td>`;
      })
      .join('');
    return `<tr><th scope="row">${h(m.label)}</th>${cells}</tr>`;
  }).join('\n');
  return `<section><h2>Policies side by side</h2>
<table class="summary"><caption>Whole run, pooled over ${result.seeds.length} seed(s); ± is the standard deviation across seeds; the best value is in bold where better is clear.</caption>
<thead><tr><th scope="col">Figure</th>${head}</tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

function intervalFigure(result: ComparisonResult, metric: MetricInfo): string {
  const cur = result.scenario.currency;
  const labels = result.policies[0]?.intervals.map((i) => i.label) ?? [];
  const head = result.policies.map((p) => `<th scope="col">${h(p.policy.name)}</th>`).join('');
  const rows = labels
    .map((label, i) => `<tr><th scope="row">${label}</th>${result.policies.map((p) => `<td>${formatValue(p.intervals[i]?.metrics[metric.key], metric.unit, cur)}</td>`).join('')}</tr>`)
    .join('');
  return `<figure class="interval"><h3>${h(metric.label)}</h3>
<canvas data-metric="${metric.key}" role="img" aria-label="${h(metric.label)} per interval, one line per policy"></canvas>
<details><summary>Data: ${h(metric.label)} per interval</summary><table><thead><tr><th scope="col">Interval</th>${head}</tr></thead><tbody>${rows}</tbody></table></details></figure>`;
}

function agentsTable(result: ComparisonResult): string {
  const cur = result.scenario.currency;
  const line = (label: string, f: (p: PolicyComparison) => string) =>
    `<tr><th scope="row">${label}</th>${result.policies.map((p) => `<td>${f(p)}</td>`).join('')}</tr>`;
  const mean = (p: PolicyComparison, f: (a: PolicyComparison['runs'][number]) => number | null | undefined) => {
    const values = p.runs.map(f).filter((v): v is number => v !== null && v !== undefined);
    return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
  };
  const q = (key: 'earningsMinor' | 'effectiveHourlyMinor', k: 'p10' | 'p50' | 'p90') => (p: PolicyComparison) =>
    formatValue(mean(p, (r) => r.agents[key]?.[k]), 'money', cur);
  return `<section><h2>Agents: earnings and fairness</h2>
<table><caption>From the pay ledger and the workforce fairness figures; mean over seeds. Unpaid waiting is time online, outside a paid block, with no chat.</caption>
<thead><tr><th scope="col">Figure</th>${result.policies.map((p) => `<th scope="col">${h(p.policy.name)}</th>`).join('')}</tr></thead><tbody>
${line('Agents present', (p) => formatValue(mean(p, (r) => r.agents.agentsPresent), 'count', cur))}
${line('Earnings per agent, p10 / p50 / p90', (p) => `${q('earningsMinor', 'p10')(p)} / ${q('earningsMinor', 'p50')(p)} / ${q('earningsMinor', 'p90')(p)}`)}
${line('Effective hourly pay, p10 / p50 / p90', (p) => `${q('effectiveHourlyMinor', 'p10')(p)} / ${q('effectiveHourlyMinor', 'p50')(p)} / ${q('effectiveHourlyMinor', 'p90')(p)}`)}
${line('Agents below the hourly floor', (p) => formatValue(mean(p, (r) => r.agents.agentsBelowFloor), 'ratio', cur))}
${line('Unpaid waiting', (p) => formatValue(mean(p, (r) => r.agents.totalUnpaidWaitingMinutes), 'minutes', cur))}
${line('Paid share of time online', (p) => formatValue(mean(p, (r) => r.agents.paidShareOfPresence), 'percent', cur))}
${line('Gini of offers per online hour', (p) => formatValue(mean(p, (r) => r.agents.offersPerPresenceHourGini), 'ratio', cur))}
${line('Declined or timed-out offers', (p) => formatValue(mean(p, (r) => r.agents.declineRate), 'percent', cur))}
${line('Standby / conversation / surge pay', (p) => ['standby', 'conversation', 'surge'].map((k) => formatValue(mean(p, (r) => r.ledger[k as 'standby']), 'money', cur)).join(' / '))}
${line('On-call blocks attended / no-shows', (p) => `${formatValue(mean(p, (r) => r.blocks.attended), 'count', cur)} / ${formatValue(mean(p, (r) => r.blocks.noShows), 'count', cur)}`)}
</tbody></table></section>`;
}

function guardrailTable(result: ComparisonResult): string {
  const rows = result.policies.flatMap((p) =>
    p.guardrailSwitches.map(
      (s) =>
        `<tr><td>${h(p.policy.name)}</td><td>${s.seed}</td><td>${h(s.intent)}</td><td>${clockLabel(s.atMs)}</td><td>${s.to === 'human_first' ? 'human-first' : 'AI-first'}</td><td>${h(s.decidingMetrics.join(', '))}</td><td>${s.applied ? 'yes' : 'no (shadow)'}</td></tr>`,
    ),
  );
  const body = rows.length === 0 ? '<p>The guardrail did not switch any intent.</p>' : `<table class="text"><caption>Guardrail switches per policy and seed</caption><thead><tr><th scope="col">Policy</th><th scope="col">Seed</th><th scope="col">Intent</th><th scope="col">At</th><th scope="col">To</th><th scope="col">Deciding metrics</th><th scope="col">Applied</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return `<section><h2>Quality guardrail</h2>${body}</section>`;
}

function definitions(): string {
  return `<section><h2>How to read this</h2><ul>
<li><b>Service level</b>: customers answered within the target / customers who entered the human queue (those who left count as failures). <b>Speed of answer</b>: from entering the queue to an agent accepting.</li>
<li><b>Durable resolution</b>: resolutions that held (no repeat contact), by the AI and by agents. Wrong resolutions bring customers back later in the day; ones that would come back after the run still count as not durable. Customers who abandon are not resolutions: see abandonment.</li>
<li><b>CSAT proxy</b>: the scenario's probability of a satisfied customer, by who resolved, whether it held and how long they waited.</li>
<li><b>Cost per contact</b>: AI cost per conversation plus all agent pay (standby, per conversation, surge), over every contact including repeats.</li>
<li>AI-only has no human queue, so its queue figures are "—"; a hand-off the policy asks for is refused and the AI closes the conversation.</li>
</ul></section>`;
}

function describePolicy(p: PolicyComparison): string {
  const s = p.policy;
  if (s.mode === 'ai_only') return 'AI only';
  const parts = [s.mode === 'hybrid' ? 'AI first, humans' : 'humans only', s.matching];
  if (s.mode === 'hybrid') parts.push(s.guardrail ? 'guardrail on' : 'guardrail off');
  parts.push(s.callUps ? 'call-ups' : 'no call-ups');
  return parts.join(', ');
}

function bestIndex(values: readonly (number | null)[], m: MetricInfo): number {
  if (m.better === null || values.filter((v) => v !== null).length < 2) return -1;
  let best = -1;
  values.forEach((v, i) => {
    if (v === null) return;
    const b = best === -1 ? null : values[best]!;
    if (b === null || (m.better === 'higher' ? v > b : v < b)) best = i;
  });
  return best;
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
main{max-width:1100px;margin:auto;padding:1rem 1.5rem 3rem}
h1{margin-bottom:.25rem}.meta{color:#555}
table{border-collapse:collapse;margin:.75rem 0;font-size:.9rem;background:#fff}
th,td{border:1px solid #ddd;padding:.3rem .55rem;text-align:right;vertical-align:top}
th[scope=row],thead th:first-child{text-align:left}caption{text-align:left;color:#555;padding:.25rem 0}
figure{margin:1.25rem 0;background:#fff;border:1px solid #e4e4e4;padding:.75rem}
table.text td,table.text th{text-align:left}figure.interval canvas{max-height:300px}#cost-quality{max-height:380px}
details summary{cursor:pointer;color:#1f4f8f}small{color:#666}
`;
