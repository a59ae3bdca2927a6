import type { DerivedMetrics } from './summary.js';

/** How each figure is named and shown in the report; the order is the order of the summary table. */
export type Unit = 'percent' | 'seconds' | 'money' | 'count' | 'minutes' | 'hours' | 'ratio';

export interface MetricInfo {
  readonly key: keyof DerivedMetrics;
  readonly label: string;
  readonly unit: Unit;
  readonly better: 'higher' | 'lower' | null;
  /** Drawn per interval, policies side by side. */
  readonly chart: boolean;
}

export const METRICS: readonly MetricInfo[] = [
  { key: 'contacts', label: 'Contacts (incl. repeats)', unit: 'count', better: null, chart: true },
  { key: 'repeatContacts', label: 'Repeat contacts', unit: 'count', better: 'lower', chart: false },
  { key: 'serviceLevel', label: 'Service level (human queue)', unit: 'percent', better: 'higher', chart: true },
  { key: 'asaSeconds', label: 'Average speed of answer', unit: 'seconds', better: 'lower', chart: true },
  { key: 'p90WaitSeconds', label: 'p90 speed of answer', unit: 'seconds', better: 'lower', chart: true },
  { key: 'abandonmentRate', label: 'Abandonment', unit: 'percent', better: 'lower', chart: true },
  { key: 'pWait', label: 'Had to wait for an agent', unit: 'percent', better: 'lower', chart: false },
  { key: 'durableResolutionRate', label: 'Durable resolution', unit: 'percent', better: 'higher', chart: true },
  { key: 'csatProxy', label: 'CSAT proxy (satisfied)', unit: 'percent', better: 'higher', chart: true },
  { key: 'costPerContactMinor', label: 'Cost per contact', unit: 'money', better: 'lower', chart: true },
  { key: 'costPerDurableResolutionMinor', label: 'Cost per durable resolution', unit: 'money', better: 'lower', chart: false },
  { key: 'totalCostMinor', label: 'Total cost', unit: 'money', better: 'lower', chart: false },
  { key: 'aiCostMinor', label: 'AI cost', unit: 'money', better: null, chart: false },
  { key: 'agentPayMinor', label: 'Agent pay', unit: 'money', better: null, chart: false },
  { key: 'aiContainment', label: 'Closed by the AI', unit: 'percent', better: null, chart: false },
  { key: 'aiWrongResolutionRate', label: 'AI closures that were wrong', unit: 'percent', better: 'lower', chart: false },
  { key: 'escalationShare', label: 'Contacts that reached the human queue', unit: 'percent', better: null, chart: false },
  { key: 'refusedHandoffs', label: 'Hand-offs refused (no humans)', unit: 'count', better: 'lower', chart: false },
  { key: 'utilisation', label: 'Agent utilisation (chat slots)', unit: 'percent', better: null, chart: true },
  { key: 'agentEarningsPerOnlineHourMinor', label: 'Agent earnings per online hour', unit: 'money', better: 'higher', chart: true },
  { key: 'unpaidWaitingMinutes', label: 'Unpaid waiting (agent minutes)', unit: 'minutes', better: 'lower', chart: true },
  { key: 'agentHoursOnline', label: 'Agent hours online', unit: 'hours', better: null, chart: false },
  { key: 'meanQueueLength', label: 'Mean queue length', unit: 'ratio', better: 'lower', chart: false },
  { key: 'offers', label: 'Offers made', unit: 'count', better: null, chart: false },
  { key: 'acceptanceRate', label: 'Offers accepted', unit: 'percent', better: null, chart: false },
  { key: 'callUpsSent', label: 'Call-ups sent', unit: 'count', better: null, chart: false },
  { key: 'callUpArrivals', label: 'Agents who answered a call-up', unit: 'count', better: null, chart: false },
];

export function formatValue(value: number | null | undefined, unit: Unit, currency: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'percent':
      return `${(value * 100).toFixed(1)} %`;
    case 'seconds':
      return `${value.toFixed(1)} s`;
    case 'money':
      return formatMoney(value, currency);
    case 'count':
      return Math.round(value).toLocaleString('en-GB');
    case 'minutes':
      return `${Math.round(value).toLocaleString('en-GB')} min`;
    case 'hours':
      return `${value.toFixed(1)} h`;
    case 'ratio':
      return value.toFixed(2);
  }
}

/** Minor units to "£1,234.56" (or "1,234.56 XYZ" for currencies without a known symbol). */
export function formatMoney(minor: number, currency: string): string {
  const symbol = { GBP: '£', USD: '$', EUR: '€' }[currency];
  const major = (minor / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return symbol === undefined ? `${major} ${currency}` : `${minor < 0 ? '-' : ''}${symbol}${major.replace('-', '')}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON safe to place inside <script>: no "</script>", no "<!--", no U+2028/2029 surprises. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
