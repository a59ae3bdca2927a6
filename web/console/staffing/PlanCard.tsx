import { useMemo, useState, type FormEvent } from 'react';
import { describeError, isApiError, isMissingEndpoint, type ApiClient, type PublishBlocksResult } from '../../client/index.js';
import { Banner, Button, Card, TextField } from '../../ui/index.js';
import { BarChart, palette } from '../charts/BarChart.js';
import { moneyFormatter } from '../useCurrency.js';

type Fields = { targetServiceLevel: string; answerWithinSeconds: string; ahtSeconds: string; concurrency: string; shrinkage: string; horizonDays: string; blockHours: string };
const initial: Fields = { targetServiceLevel: '80', answerWithinSeconds: '60', ahtSeconds: '480', concurrency: '2', shrinkage: '30', horizonDays: '7', blockHours: '2' };

const slot = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });

/**
 * The staffing plan: forecast demand from history, Erlang per interval, rounded up into paid on-call blocks.
 * Previewed first (nothing is published), then published for agents to claim.
 */
export function PlanCard({ api, currency, onPublished }: { api: ApiClient; currency: string | null; onPublished: () => void }) {
  const [fields, setFields] = useState(initial);
  const [plan, setPlan] = useState<NonNullable<PublishBlocksResult['plan']> | null>(null);
  const [published, setPublished] = useState<number | null>(null);
  const [error, setError] = useState<{ text: string; field?: string } | null>(null);
  const [busy, setBusy] = useState<'preview' | 'publish' | null>(null);
  const set = (key: keyof Fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }));
  const money = moneyFormatter(currency);

  const run = async (dryRun: boolean) => {
    setBusy(dryRun ? 'preview' : 'publish');
    try {
      const result = await api.publishBlocks({
        plan: {
          targetServiceLevel: Number(fields.targetServiceLevel) / 100,
          answerWithinSeconds: Number(fields.answerWithinSeconds),
          ahtSeconds: Number(fields.ahtSeconds),
          concurrency: Number(fields.concurrency),
          shrinkage: Number(fields.shrinkage) / 100,
          horizonDays: Number(fields.horizonDays),
          blockHours: Number(fields.blockHours),
          utcOffsetMinutes: -new Date().getTimezoneOffset(),
          dryRun,
        },
      });
      setPlan(result.plan ?? null);
      setPublished(dryRun ? null : result.created.length);
      setError(null);
      if (!dryRun) onPublished();
    } catch (caught) {
      const field = isApiError(caught) ? caught.field?.replace(/^plan\./, '') : undefined;
      setPlan(null);
      setError(isMissingEndpoint(caught) ? { text: 'Not available on this server yet: it needs POST /v1/admin/blocks.' } : { text: describeError(caught), ...(field ? { field } : {}) });
    } finally {
      setBusy(null);
    }
  };

  const chart = useMemo(() => {
    const blocks = plan?.blocks.filter((b) => b.headcount > 0) ?? [];
    return { labels: blocks.map((b) => slot.format(b.startsAt)), series: [{ label: 'Agents on call', data: blocks.map((b) => b.headcount), color: palette.blue }] };
  }, [plan]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };
  // The server's message starts with the field's name, which the label already says.
  const fieldError = (key: string) => (error?.field === key ? error.text.replace(`${key}: `, '') : null);
  // An error about something other than an input here (e.g. too little history) goes in the banner.
  const bannerError = error && !(error.field && error.field in fields) ? error.text : null;

  return (
    <Card title="Staffing plan from history">
      <form className="form-grid" onSubmit={submit}>
        <TextField label="Target service level (%)" inputMode="numeric" value={fields.targetServiceLevel} onChange={set('targetServiceLevel')} error={fieldError('targetServiceLevel')} />
        <TextField label="Answer within (s)" inputMode="numeric" value={fields.answerWithinSeconds} onChange={set('answerWithinSeconds')} error={fieldError('answerWithinSeconds')} />
        <TextField label="Handle time (s)" inputMode="numeric" value={fields.ahtSeconds} onChange={set('ahtSeconds')} error={fieldError('ahtSeconds')} />
        <TextField label="Chats at once per agent" inputMode="numeric" value={fields.concurrency} onChange={set('concurrency')} error={fieldError('concurrency')} />
        <TextField label="Shrinkage (%)" hint="Time on call but not answering" inputMode="numeric" value={fields.shrinkage} onChange={set('shrinkage')} error={fieldError('shrinkage')} />
        <TextField label="Days ahead" inputMode="numeric" value={fields.horizonDays} onChange={set('horizonDays')} error={fieldError('horizonDays')} />
        <TextField label="Block length (h)" inputMode="numeric" value={fields.blockHours} onChange={set('blockHours')} error={fieldError('blockHours')} />
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={busy === 'preview'} disabled={busy !== null}>
            Preview plan
          </Button>
        </div>
      </form>
      {bannerError ? <Banner tone={bannerError.startsWith('Not available') ? 'info' : 'danger'} role="alert">{bannerError}</Banner> : null}
      {published !== null ? <Banner tone="success">Published {published} block{published === 1 ? '' : 's'}: agents can claim them now.</Banner> : null}
      {plan ? (
        <div className="stack">
          <p className="small">
            {plan.published ? 'Published' : 'Preview'}: {plan.blocks.length} blocks, {Math.round(plan.bookedAgentHours)} agent-hours booked for {Math.round(plan.neededAgentHours)} needed
            {plan.coverEfficiency !== null ? ` (${Math.round(plan.coverEfficiency * 100)}% of booked time covers need)` : ''}; standby up to {money(plan.standbyCostMinor)}. Forecast from{' '}
            {plan.historyWeeks} weeks of history; escalation share {plan.escalationSource === 'live' ? 'measured' : plan.escalationSource}.
          </p>
          {chart.labels.length > 0 ? (
            <BarChart title="Agents on call per block" summary={`${chart.labels.length} blocks with agents on call.`} labels={chart.labels} series={chart.series} format={(v) => String(Math.round(v))} />
          ) : (
            <p className="muted">The forecast needs nobody on call in this period.</p>
          )}
          {!plan.published && chart.labels.length > 0 ? (
            <div>
              <Button busy={busy === 'publish'} disabled={busy !== null} onClick={() => void run(false)}>
                Publish these blocks
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
