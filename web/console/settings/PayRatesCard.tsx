import { useEffect, useState, type FormEvent } from 'react';
import { describeError, isApiError, type ApiClient } from '../../client/index.js';
import { useResource } from '../../hooks/index.js';
import { Banner, Button, Card, ResourceState, TextField, formatDateTime } from '../../ui/index.js';
import { fromInputs, RATE_GROUPS, toInputs, type RateInputs } from './pay-rate-form.js';

/** The rate card agents are paid by. New pay uses it at once; the ledger and published blocks keep what they had. */
export function PayRatesCard({ api }: { api: ApiClient }) {
  const rates = useResource(() => api.getPayRates(), [api]);
  const [inputs, setInputs] = useState<RateInputs | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'success' | 'danger'; text: string; field?: string } | null>(null);
  const loaded = rates.data?.settings;
  useEffect(() => {
    if (loaded) setInputs(toInputs(loaded));
  }, [loaded]);
  const currency = rates.data?.currency ?? '';
  const fieldError = (key: string) => (status?.field === key ? status.text.replace(`${key}: `, '') : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!inputs) return;
    setBusy(true);
    try {
      const saved = await api.setPayRates(fromInputs(inputs));
      setInputs(toInputs(saved.settings));
      setStatus({ tone: 'success', text: 'Saved. New pay uses these rates; pay already in the ledger keeps its amounts.' });
      await rates.reload();
    } catch (caught) {
      const field = isApiError(caught) ? caught.field : undefined;
      setStatus({ tone: 'danger', text: describeError(caught), ...(field ? { field } : {}) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Pay rates">
      <ResourceState resource={rates} endpoint="GET /v1/admin/pay-rates" label="the pay rates">
        {inputs && rates.data ? (
          <form className="stack" onSubmit={submit}>
            <p className="small muted">
              Amounts in {currency}.{' '}
              {rates.data.updatedBy && rates.data.updatedAt !== null
                ? `Last changed by ${rates.data.updatedBy} on ${formatDateTime(rates.data.updatedAt)}.`
                : 'These are the configured defaults; nobody has changed them yet.'}
            </p>
            {RATE_GROUPS.map((group) => (
              <fieldset key={group.legend} className="floor-row">
                <legend>{group.legend}</legend>
                <div className="form-grid">
                  {group.fields.map((f) => (
                    <TextField
                      key={f.key}
                      label={f.unit === 'money' ? `${f.label} (${currency})` : f.label}
                      inputMode={f.unit === 'count' ? 'numeric' : 'decimal'}
                      value={inputs[f.key]}
                      onChange={(e) => setInputs((i) => (i ? { ...i, [f.key]: e.target.value } : i))}
                      error={fieldError(f.key)}
                    />
                  ))}
                </div>
              </fieldset>
            ))}
            {status && !(status.tone === 'danger' && status.field && status.field in inputs) ? (
              <Banner tone={status.tone} role={status.tone === 'danger' ? 'alert' : 'status'}>
                {status.text}
              </Banner>
            ) : null}
            <div>
              <Button type="submit" busy={busy}>
                Save pay rates
              </Button>
            </div>
          </form>
        ) : null}
      </ResourceState>
    </Card>
  );
}
