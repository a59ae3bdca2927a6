import { useEffect, useState, type FormEvent } from 'react';
import { describeError, isApiError, type ApiClient, type ShippedScenario, type SimRun } from '../../client/index.js';
import { useResource } from '../../hooks/index.js';
import { Badge, Banner, Button, Card, ResourceState, SelectField, TextField, formatDateTime, formatMoney } from '../../ui/index.js';
import { formatPercent, HEADLINE_FIGURES, headlineRows, isOpen, parseSeeds, statusLabel, statusTone } from './simulation-view.js';

/** How often the runs list refreshes while a run is queued or running. */
const POLL_MS = 1_500;

/**
 * Simulations: run a shipped scenario on chosen policies, seeds and volume in the background, follow it, and
 * read the headline figures and the full report. Big runs belong to `tandem simulate`.
 */
export default function SimulationsPage({ api }: { api: ApiClient }) {
  const scenarios = useResource(() => api.listSimulationScenarios(), [api]);
  const [version, setVersion] = useState(0);
  const [polling, setPolling] = useState(false);
  const runs = useResource(() => api.listSimulations(20), [api, version], polling ? POLL_MS : undefined);
  const [selected, setSelected] = useState<string | null>(null);

  const list = runs.data ?? [];
  const open = list.some(isOpen);
  useEffect(() => setPolling(open), [open]);
  const shown = list.find((r) => r.id === selected) ?? list[0] ?? null;

  return (
    <>
      <Card title="Run a simulation">
        <ResourceState resource={scenarios} endpoint="GET /v1/admin/simulations/scenarios" label="the scenarios">
          {scenarios.data ? (
            <StartForm
              api={api}
              scenarios={scenarios.data}
              onStarted={(run) => {
                setSelected(run.id);
                setPolling(true);
                setVersion((v) => v + 1);
              }}
            />
          ) : null}
        </ResourceState>
      </Card>
      <Card title="Runs">
        <ResourceState resource={runs} endpoint="GET /v1/admin/simulations" label="the runs">
          {list.length === 0 ? <p className="muted">No runs yet.</p> : <RunsTable runs={list} selected={shown?.id ?? null} onSelect={setSelected} />}
        </ResourceState>
      </Card>
      {shown ? <RunResult key={shown.id} api={api} run={shown} /> : null}
    </>
  );
}

function StartForm({ api, scenarios, onStarted }: { api: ApiClient; scenarios: ShippedScenario[]; onStarted: (run: SimRun) => void }) {
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
  const scenario = scenarios.find((s) => s.id === scenarioId) ?? null;
  const [policies, setPolicies] = useState<string[]>(() => scenario?.policies.map((p) => p.name) ?? []);
  const [seeds, setSeeds] = useState('1');
  const [volume, setVolume] = useState('5');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; field?: string } | null>(null);
  const fieldError = (key: string) => (error?.field === key ? error.text.replace(`${key}: `, '') : null);

  const pick = (id: string) => {
    setScenarioId(id);
    setPolicies(scenarios.find((s) => s.id === id)?.policies.map((p) => p.name) ?? []);
  };
  const toggle = (name: string, on: boolean) => setPolicies((ps) => (on ? [...ps, name] : ps.filter((p) => p !== name)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      // In the scenario's order, whatever order they were ticked in.
      const ordered = (scenario?.policies ?? []).map((p) => p.name).filter((name) => policies.includes(name));
      const run = await api.startSimulation({ scenario: scenarioId, policies: ordered, seeds: parseSeeds(seeds), scale: Number(volume) / 100 });
      setError(null);
      onStarted(run);
    } catch (caught) {
      const field = isApiError(caught) ? caught.field : undefined;
      setError({ text: describeError(caught), ...(field ? { field } : {}) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit}>
      <SelectField label="Scenario" value={scenarioId} onChange={(e) => pick(e.target.value)} options={scenarios.map((s) => ({ value: s.id, label: s.name }))} />
      {scenario ? <p className="small muted">{scenario.description}</p> : null}
      {scenario ? (
        <fieldset className="sim-policies" aria-describedby={fieldError('policies') ? 'sim-policies-error' : undefined}>
          <legend>Policies to compare</legend>
          {scenario.policies.map((p) => (
            <label key={p.name} className="sim-policy">
              <input type="checkbox" checked={policies.includes(p.name)} onChange={(e) => toggle(p.name, e.target.checked)} /> {p.name}{' '}
              <span className="small muted">
                ({p.mode.replace('_', ' ')}, {p.matching} matching{p.callUps ? ', call-ups' : ', no call-ups'})
              </span>
            </label>
          ))}
          {fieldError('policies') ? (
            <span id="sim-policies-error" className="field-error">
              {fieldError('policies')}
            </span>
          ) : null}
        </fieldset>
      ) : null}
      <div className="form-grid">
        <TextField label="Seeds" hint="1 to 10 whole numbers, e.g. 1, 2, 3" value={seeds} onChange={(e) => setSeeds(e.target.value)} error={fieldError('seeds')} />
        <TextField
          label="Share of the volume (%)"
          hint="Up to 100; bigger runs belong to `tandem simulate`"
          inputMode="decimal"
          value={volume}
          onChange={(e) => setVolume(e.target.value)}
          error={fieldError('scale')}
        />
      </div>
      {error && !['policies', 'seeds', 'scale'].includes(error.field ?? '') ? (
        <Banner tone="danger" role="alert">
          {error.text}
        </Banner>
      ) : null}
      <div>
        <Button type="submit" busy={busy}>
          Start simulation
        </Button>
      </div>
    </form>
  );
}

function Progress({ run }: { run: SimRun }) {
  const pct = Math.round(run.progress * 100);
  if (run.status === 'queued') return <span className="small muted">waiting</span>;
  return (
    <span className="sim-progress">
      <progress max={100} value={pct} aria-label={`Progress of ${run.scenarioName}`} /> <span className="small">{pct}%</span>
    </span>
  );
}

function RunsTable({ runs, selected, onSelect }: { runs: SimRun[]; selected: string | null; onSelect: (id: string) => void }) {
  return (
    <table className="table">
      <caption className="visually-hidden">Simulation runs, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          <th scope="col">Policies</th>
          <th scope="col">Seeds</th>
          <th scope="col">Volume</th>
          <th scope="col">Status</th>
          <th scope="col">Progress</th>
          <th scope="col">Started by</th>
          <th scope="col">Asked at</th>
          <th scope="col">
            <span className="visually-hidden">Results</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id} aria-current={run.id === selected ? 'true' : undefined}>
            <td>{run.scenarioName}</td>
            <td>{run.policies.join(', ')}</td>
            <td>{run.seeds.join(', ')}</td>
            <td>{formatPercent(run.scale)}</td>
            <td>
              <Badge tone={statusTone(run.status)}>{statusLabel(run.status)}</Badge>
            </td>
            <td>{run.status === 'done' || run.status === 'failed' ? null : <Progress run={run} />}</td>
            <td>{run.requestedBy}</td>
            <td>{formatDateTime(run.createdAt)}</td>
            <td>
              <Button variant="ghost" size="sm" onClick={() => onSelect(run.id)} aria-pressed={run.id === selected}>
                Show
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RunResult({ api, run }: { api: ApiClient; run: SimRun }) {
  const detail = useResource(() => (run.status === 'done' ? api.getSimulation(run.id) : Promise.resolve(null)), [api, run.id, run.status]);
  const title = `${run.scenarioName}: ${run.policies.join(' vs ')}`;
  if (run.status === 'failed') {
    return (
      <Card title={title}>
        <Banner tone="danger">This run failed: {run.error}</Banner>
      </Card>
    );
  }
  if (run.status !== 'done') {
    return (
      <Card title={title}>
        <p className="muted">
          {run.status === 'queued' ? 'Waiting for the runner (one run at a time).' : 'Running…'} <Progress run={run} />
        </p>
      </Card>
    );
  }
  const result = detail.data?.result ?? null;
  const reportUrl = api.simulationReportUrl(run.id);
  return (
    <Card
      title={title}
      actions={
        <a href={reportUrl} target="_blank" rel="noopener noreferrer">
          Open the full report
        </a>
      }
    >
      <ResourceState resource={detail} endpoint="GET /v1/admin/simulations/:id" label="the results">
        {result ? (
          <>
            <table className="table">
              <caption>
                Headline figures per policy, pooled over seed{run.seeds.length === 1 ? '' : 's'} {run.seeds.join(', ')} at {formatPercent(run.scale)} volume
              </caption>
              <thead>
                <tr>
                  <th scope="col">Policy</th>
                  {HEADLINE_FIGURES.map((f) => (
                    <th key={f.key} scope="col">
                      {f.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {headlineRows(result).map((row) => (
                  <tr key={row.policy}>
                    <th scope="row">{row.policy}</th>
                    {row.values.map((v, i) => (
                      <td key={HEADLINE_FIGURES[i]!.key}>{HEADLINE_FIGURES[i]!.unit === 'money' ? (v === null ? '—' : formatMoney(v, result.scenario.currency)) : formatPercent(v)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {/* The report runs its own charts: sandboxed, in an origin of its own, with nothing of the console's. */}
            <iframe className="sim-report-frame" title={`Full report: ${run.scenarioName}`} src={reportUrl} sandbox="allow-scripts" loading="lazy" />
          </>
        ) : null}
      </ResourceState>
    </Card>
  );
}
