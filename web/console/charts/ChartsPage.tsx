import { useMemo, useState } from 'react';
import type { ApiClient, OutcomeLineByIntent } from '../../client/index.js';
import { useResource } from '../../hooks/index.js';
import { Banner, Card, ResourceState, SelectField, Spinner, intentLabel } from '../../ui/index.js';
import { moneyFormatter, useCurrency } from '../useCurrency.js';
import { SERVICE_TARGET_SECONDS, arrivalsByHour, outcomesOf, serviceLevelByHour, startOfLocalDay } from '../today-stats.js';
import { useToday } from '../useToday.js';
import { BarChart, palette } from './BarChart.js';

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const percent = (v: number) => `${Math.round(v * 100)}%`;
const count = (v: number) => String(Math.round(v));

const ranges = [
  { value: '1', label: 'Today' },
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
];

/** Charts of what the APIs give: today from the conversations themselves, quality and cost from the outcome report. */
export default function ChartsPage({ api }: { api: ApiClient }) {
  const { today, error } = useToday(api, 30_000);
  return (
    <>
      <Card title="Today">
        {error ? <Banner tone="danger" role="alert">{error}</Banner> : null}
        {today ? <TodayCharts today={today} /> : error ? null : <Spinner label="Reading today's conversations" />}
      </Card>
      <TopicCharts api={api} />
    </>
  );
}

function TodayCharts({ today }: { today: NonNullable<ReturnType<typeof useToday>['today']> }) {
  const charts = useMemo(() => {
    const lastHour = new Date(today.loadedAt).getHours();
    const hours = Array.from({ length: lastHour + 1 }, (_, h) => h);
    const arrivals = arrivalsByHour(today.conversations, today.dayStart).slice(0, lastHour + 1);
    const sl = serviceLevelByHour(today.waits, SERVICE_TARGET_SECONDS * 1000, today.loadedAt).slice(0, lastHour + 1);
    const outcomes = outcomesOf(today.conversations);
    return {
      labels: hours.map(hourLabel),
      arrivals: [
        { label: 'Assistant only', data: arrivals.map((a) => a.assistantOnly), color: palette.blue },
        { label: 'Went to a person', data: arrivals.map((a) => a.escalated), color: palette.orange },
      ],
      sl: [{ label: `Answered within ${SERVICE_TARGET_SECONDS} s`, data: sl.map((s) => s.rate), color: palette.green }],
      outcomeLabels: ['Resolved by the assistant', 'Resolved after a person', 'Abandoned while waiting', 'Still open'],
      outcomes: [{ label: 'Conversations', data: [outcomes.resolvedByAssistant, outcomes.resolvedAfterPerson, outcomes.abandoned, outcomes.open], color: palette.purple }],
      totals: { started: today.conversations.length, escalated: today.waits.length },
    };
  }, [today]);

  return (
    <div className="chart-grid">
      {today.truncated ? <Banner tone="warning">More conversations today than this page reads: the charts cover the newest {today.conversations.length}.</Banner> : null}
      <BarChart
        title="Conversations started, per hour"
        summary={`${charts.totals.started} conversations today, ${charts.totals.escalated} of them went to a person.`}
        labels={charts.labels}
        series={charts.arrivals}
        stacked
        format={count}
      />
      <BarChart
        title={`Service level per hour (answered by a person within ${SERVICE_TARGET_SECONDS} s)`}
        summary="Share of customers who asked for a person and were answered in time, by hour of asking."
        labels={charts.labels}
        series={charts.sl}
        format={percent}
        max={1}
      />
      <BarChart title="Where today's conversations stand" summary="Today's conversations by outcome." labels={charts.outcomeLabels} series={charts.outcomes} horizontal format={count} height={200} />
    </div>
  );
}

function TopicCharts({ api }: { api: ApiClient }) {
  const [days, setDays] = useState('7');
  const from = useMemo(() => startOfLocalDay(Date.now(), 1 - Number(days)), [days]);
  const report = useResource(() => api.getOutcomes({ from }), [api, from]);
  const currency = useCurrency(api);
  const lines = report.data?.by === 'intent' ? report.data.lines : null;
  const charts = useMemo(() => (lines ? topicSeries(lines) : null), [lines]);
  const money = useMemo(() => moneyFormatter(currency), [currency]);

  return (
    <Card title="AI and people, by topic" actions={<SelectField label="Period" hideLabel options={ranges} value={days} onChange={(e) => setDays(e.target.value)} />}>
      <ResourceState resource={report} endpoint="GET /v1/admin/reports/outcomes" label="the outcome report">
        {charts && charts.labels.length === 0 ? <p className="muted">No conversations in this period.</p> : null}
        {charts && charts.labels.length > 0 ? (
          <div className="chart-grid">
            <BarChart title="Resolution rate: assistant and people" summary="Share of conversations resolved, per topic, for the assistant and for people." labels={charts.labels} series={charts.resolution} format={percent} max={1} />
            <BarChart title="Customer satisfaction (mean rating, 1–5)" summary="Mean CSAT rating per topic, for the assistant and for people." labels={charts.labels} series={charts.csat} format={(v) => v.toFixed(1)} max={5} />
            <BarChart
              title={`Cost per contact${currency ? '' : ' (currency unknown)'}`}
              summary="Mean cost of a conversation per topic: assistant replies and agent pay."
              labels={charts.labels}
              series={charts.cost}
              format={money}
            />
          </div>
        ) : null}
      </ResourceState>
    </Card>
  );
}

/** The topics with any contacts, busiest first, with the assistant's and people's figures side by side. */
function topicSeries(lines: OutcomeLineByIntent[]) {
  const totals = lines.filter((l) => l.owner === 'all' && l.contacts > 0).sort((a, b) => b.contacts - a.contacts).slice(0, 12);
  const pick = (intent: string, owner: 'ai' | 'human', key: 'resolutionRate' | 'meanCsat' | 'costPerContactMinor') =>
    lines.find((l) => l.intent === intent && l.owner === owner && l.contacts > 0)?.[key] ?? null;
  const pair = (key: 'resolutionRate' | 'meanCsat' | 'costPerContactMinor') => [
    { label: 'Assistant', data: totals.map((t) => pick(t.intent, 'ai', key)), color: palette.blue },
    { label: 'People', data: totals.map((t) => pick(t.intent, 'human', key)), color: palette.orange },
  ];
  return { labels: totals.map((t) => intentLabel(t.intent)), resolution: pair('resolutionRate'), csat: pair('meanCsat'), cost: pair('costPerContactMinor') };
}
