import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useId, useRef } from 'react';

// Only what the console draws: bar charts (tree-shaken; line, pie and the rest are not bundled).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export type Series = { label: string; data: (number | null)[]; color: string };

export type BarChartProps = {
  title: string;
  /** One sentence saying what the chart shows, for screen readers (the data table follows). */
  summary: string;
  labels: string[];
  series: Series[];
  stacked?: boolean;
  horizontal?: boolean;
  /** How values read on the axis, in tooltips and in the table. */
  format?: (value: number) => string;
  /** Fixed axis maximum (e.g. 1 for rates). */
  max?: number;
  height?: number;
};

/** Colours with 3:1 contrast against white and apart from each other. */
export const palette = { blue: '#0f5fa6', orange: '#c4320a', green: '#067647', grey: '#667085', purple: '#6941c6' };

const plain = (v: number) => String(Math.round(v * 100) / 100);

/**
 * A bar chart with its numbers: the canvas is an image with a summary for screen readers, and the same data
 * is one click away as a table, for anyone who wants the exact figures.
 */
export function BarChart({ title, summary, labels, series, stacked = false, horizontal = false, format = plain, max, height = 260 }: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (!canvas.current) return;
    // Counts step in whole numbers; a rate up to 1 steps in quarters.
    const steps = max === 1 ? { stepSize: 0.25 } : { precision: 0 };
    const valueAxis = { stacked, beginAtZero: true, ...(max !== undefined ? { max } : {}), ticks: { callback: (v: string | number) => format(Number(v)), ...steps } };
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color, borderWidth: 0 })) },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: horizontal ? { x: valueAxis, y: { stacked } } : { x: { stacked }, y: valueAxis },
        plugins: {
          legend: { display: series.length > 1, position: 'bottom' },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${item.raw === null ? 'no data' : format(Number(item.raw))}` } },
        },
      },
    });
    return () => chart.destroy();
  }, [labels, series, stacked, horizontal, format, max]);

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart-title">
        {title}
      </figcaption>
      <div className="chart-canvas" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
      <details className="chart-data">
        <summary className="small">Show the numbers</summary>
        <table className="table table-compact">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col" />
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((s) => {
                  const v = s.data[i];
                  return <td key={s.label}>{v === null || v === undefined ? '—' : format(v)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
