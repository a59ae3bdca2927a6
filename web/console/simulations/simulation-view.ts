import type { SimResult, SimRun } from '../../client/index.js';

/** The figures a finished run shows first, per policy (all in `result.policies[].summary`). */
export const HEADLINE_FIGURES = [
  { key: 'costPerContactMinor', label: 'Cost per contact', unit: 'money' },
  { key: 'durableResolutionRate', label: 'Durable resolution', unit: 'percent' },
  { key: 'csatProxy', label: 'CSAT proxy', unit: 'percent' },
  { key: 'serviceLevel', label: 'Service level', unit: 'percent' },
  { key: 'abandonmentRate', label: 'Abandonment', unit: 'percent' },
] as const;

export type HeadlineRow = { policy: string; mode: string; values: (number | null)[] };

export function headlineRows(result: SimResult): HeadlineRow[] {
  return result.policies.map((p) => ({
    policy: p.policy.name,
    mode: p.policy.mode,
    values: HEADLINE_FIGURES.map((f) => {
      const v = p.summary[f.key];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    }),
  }));
}

export const formatPercent = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

/** "1, 2,3" → [1, 2, 3]; anything else goes to the server as it is, which names the problem. */
export const parseSeeds = (text: string): number[] =>
  text
    .split(/[\s,]+/)
    .filter((s) => s !== '')
    .map(Number);

export const isOpen = (run: Pick<SimRun, 'status'>): boolean => run.status === 'queued' || run.status === 'running';

export const statusTone = (status: SimRun['status']) =>
  status === 'done' ? 'success' : status === 'failed' ? 'danger' : status === 'running' ? 'info' : 'neutral';

export const statusLabel = (status: SimRun['status']): string =>
  ({ queued: 'Queued', running: 'Running', done: 'Done', failed: 'Failed' })[status];
