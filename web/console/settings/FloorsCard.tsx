import { useEffect, useState, type FormEvent } from 'react';
import { describeError, type ApiClient, type Guardrail } from '../../client/index.js';
import { useResource } from '../../hooks/index.js';
import { Banner, Button, Card, ResourceState, TextField } from '../../ui/index.js';

type Thresholds = Guardrail['config']['thresholds'];
type MetricKey = keyof Thresholds;
type Row = { enabled: boolean; trip: string; recover: string; minSample: string };

const metrics: { key: MetricKey; label: string; kind: 'floor' | 'ceiling' }[] = [
  { key: 'csat_satisfied', label: 'Satisfied customers (CSAT 4–5)', kind: 'floor' },
  { key: 'durable_resolution', label: 'Durable resolution', kind: 'floor' },
  { key: 'escalation_after_resolution', label: 'Escalated after resolution', kind: 'ceiling' },
  { key: 'negative_sentiment', label: 'Negative sentiment', kind: 'ceiling' },
];

const toPct = (x: number) => String(Math.round(x * 1000) / 10);

function rowsOf(t: Thresholds): Record<MetricKey, Row> {
  const row = (key: MetricKey): Row => {
    const v = t[key] as { floor?: number; recoveryFloor?: number; ceiling?: number; recoveryCeiling?: number; minSample: number } | null;
    if (!v) return { enabled: false, trip: '', recover: '', minSample: '30' };
    return { enabled: true, trip: toPct(v.floor ?? v.ceiling ?? 0), recover: toPct(v.recoveryFloor ?? v.recoveryCeiling ?? 0), minSample: String(v.minSample) };
  };
  return { csat_satisfied: row('csat_satisfied'), durable_resolution: row('durable_resolution'), escalation_after_resolution: row('escalation_after_resolution'), negative_sentiment: row('negative_sentiment') };
}

/** The floors the guardrail holds the assistant to, per metric (a ceiling for the bad ones); off = not checked. */
export function FloorsCard({ api }: { api: ApiClient }) {
  const guardrail = useResource(() => api.getGuardrail(), [api]);
  const [rows, setRows] = useState<Record<MetricKey, Row> | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const loaded = guardrail.data?.config.thresholds;
  useEffect(() => {
    if (loaded) setRows(rowsOf(loaded));
  }, [loaded]);

  const update = (key: MetricKey, change: Partial<Row>) => setRows((r) => (r ? { ...r, [key]: { ...r[key], ...change } } : r));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!rows) return;
    setBusy(true);
    const body = Object.fromEntries(
      metrics.map(({ key, kind }) => {
        const r = rows[key];
        if (!r.enabled) return [key, null];
        const trip = Number(r.trip) / 100;
        const recover = Number(r.recover) / 100;
        const minSample = Number(r.minSample);
        return [key, kind === 'floor' ? { floor: trip, recoveryFloor: recover, minSample } : { ceiling: trip, recoveryCeiling: recover, minSample }];
      }),
    ) as Thresholds;
    try {
      setRows(rowsOf((await api.setGuardrailFloors(body)).thresholds));
      setStatus({ tone: 'success', text: 'Saved. The guardrail uses the new floors from its next check.' });
    } catch (caught) {
      setStatus({ tone: 'danger', text: describeError(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Guardrail floors">
      <ResourceState resource={guardrail} endpoint="GET /v1/admin/guardrail" label="the guardrail floors">
        {rows ? (
          <form onSubmit={submit} className="stack">
            <p className="small muted">A topic moves to people first when the assistant is confidently below a floor (above a ceiling), and back once confidently past the recovery level.</p>
            {metrics.map(({ key, label, kind }) => (
              <fieldset key={key} className="floor-row">
                <legend>
                  <label>
                    <input type="checkbox" checked={rows[key].enabled} onChange={(e) => update(key, { enabled: e.target.checked })} /> {label}
                  </label>
                </legend>
                <div className="form-grid">
                  <TextField label={kind === 'floor' ? 'Floor (%)' : 'Ceiling (%)'} inputMode="decimal" disabled={!rows[key].enabled} value={rows[key].trip} onChange={(e) => update(key, { trip: e.target.value })} />
                  <TextField label="Recovery (%)" inputMode="decimal" disabled={!rows[key].enabled} value={rows[key].recover} onChange={(e) => update(key, { recover: e.target.value })} />
                  <TextField label="Minimum sample" inputMode="numeric" disabled={!rows[key].enabled} value={rows[key].minSample} onChange={(e) => update(key, { minSample: e.target.value })} />
                </div>
              </fieldset>
            ))}
            {status ? <Banner tone={status.tone} role={status.tone === 'danger' ? 'alert' : 'status'}>{status.text}</Banner> : null}
            <div>
              <Button type="submit" busy={busy}>
                Save floors
              </Button>
            </div>
          </form>
        ) : null}
      </ResourceState>
    </Card>
  );
}
