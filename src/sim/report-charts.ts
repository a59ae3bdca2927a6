import type { ComparisonResult } from './compare.js';
import { METRICS } from './report-format.js';

/**
 * What the report's browser script draws, and the script itself. The data is built here (server
 * side) and embedded as JSON; the script only hands it to Chart.js, so the HTML file works offline.
 */
export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];

export interface ChartData {
  currency: string;
  labels: string[];
  metrics: { key: string; label: string; unit: string }[];
  policies: {
    name: string;
    color: string;
    series: Record<string, (number | null)[]>;
    /** Cost per contact (minor units) against durable resolution, one point per seed. */
    points: { x: number; y: number; seed: number }[];
  }[];
}

export function chartData(result: ComparisonResult): ChartData {
  const charted = METRICS.filter((m) => m.chart);
  return {
    currency: result.scenario.currency,
    labels: result.policies[0]?.intervals.map((i) => i.label) ?? [],
    metrics: charted.map((m) => ({ key: m.key, label: m.label, unit: m.unit })),
    policies: result.policies.map((p, i) => ({
      name: p.policy.name,
      color: PALETTE[i % PALETTE.length]!,
      series: Object.fromEntries(charted.map((m) => [m.key, p.intervals.map((iv) => iv.metrics[m.key])])),
      points: p.runs.flatMap((r) =>
        r.summary.costPerContactMinor === null || r.summary.durableResolutionRate === null
          ? []
          : [{ x: r.summary.costPerContactMinor, y: r.summary.durableResolutionRate, seed: r.seed }],
      ),
    })),
  };
}

/** Runs in the browser after Chart.js: draws every <canvas data-metric> and the cost/quality scatter. */
export const CHART_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var symbol = { GBP: '£', USD: '$', EUR: '€' }[data.currency] || '';
  function fmt(v, unit) {
    if (v === null || v === undefined || !isFinite(v)) return '—';
    if (unit === 'percent') return (v * 100).toFixed(1) + ' %';
    if (unit === 'seconds') return v.toFixed(1) + ' s';
    if (unit === 'money') return symbol + (v / 100).toFixed(2);
    if (unit === 'minutes') return Math.round(v) + ' min';
    return Math.round(v * 100) / 100 + '';
  }
  Chart.defaults.animation = false;
  Chart.defaults.font.family = 'system-ui, sans-serif';
  data.metrics.forEach(function (m) {
    var canvas = document.querySelector('canvas[data-metric="' + m.key + '"]');
    if (!canvas) return;
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: data.policies.map(function (p) {
          return { label: p.name, data: p.series[m.key], borderColor: p.color, backgroundColor: p.color, spanGaps: true, pointRadius: 1.5, borderWidth: 2 };
        })
      },
      options: {
        responsive: true,
        interaction: { mode: 'index', intersect: false },
        scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return fmt(v, m.unit); } } } },
        plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + fmt(c.parsed.y, m.unit); } } } }
      }
    });
  });
  var scatter = document.getElementById('cost-quality');
  if (scatter) {
    new Chart(scatter, {
      type: 'scatter',
      data: { datasets: data.policies.map(function (p) { return { label: p.name, data: p.points, borderColor: p.color, backgroundColor: p.color, pointRadius: 6 }; }) },
      options: {
        scales: {
          x: { title: { display: true, text: 'Cost per contact' }, ticks: { callback: function (v) { return fmt(v, 'money'); } } },
          y: { title: { display: true, text: 'Durable resolution' }, ticks: { callback: function (v) { return fmt(v, 'percent'); } } }
        },
        plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ' (seed ' + c.raw.seed + '): ' + fmt(c.raw.x, 'money') + ', ' + fmt(c.raw.y, 'percent'); } } } }
      }
    });
  }
})();
`;
