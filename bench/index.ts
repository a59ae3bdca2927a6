import { benchDispatch } from './dispatch.js';
import { benchFoundation } from './foundation.js';
import { benchSimulator } from '../src/sim/bench.js';

/** `npm run bench [-- name…]`: runs every bench (or the named ones) and prints figures. */
const benches: Record<string, () => Promise<void>> = {
  foundation: benchFoundation,
  dispatch: benchDispatch,
  simulator: benchSimulator,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length === 0 || wanted.includes(name)) await run();
}
process.exit(0);
