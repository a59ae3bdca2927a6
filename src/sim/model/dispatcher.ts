import { runDispatch } from '../../app/dispatch/run-dispatch.js';
import type { ScheduledEvent } from '../kernel.js';
import { act } from './act.js';
import { PRIORITY, type World } from './world.js';

/**
 * The application's dispatcher (runDispatch: the configured greedy or batch policy, offers under the
 * store's checks, widening, queue estimates and call-ups), run as production's loop runs it: on every
 * dispatch kick the application publishes — at once (tickMs 0, greedy's default) or at the next
 * multiple of tickMs (a batch window) — and every pollMs while anyone is waiting.
 */
export function installDispatcher(world: World): void {
  let pending: ScheduledEvent | null = null;
  let poll: ScheduledEvent | null = null;
  const run = async () => {
    const tick = await act(world, () => runDispatch(world.app.deps, world.app.dispatchState));
    if (tick.callUps > 0) world.metrics.add(world.kernel.now, 'callUpsSent');
  };
  const keepPolling = () => {
    if (poll !== null || world.queue.size === 0) return;
    poll = world.kernel.schedule(world.pollMs, PRIORITY.dispatch, async () => {
      poll = null;
      if (world.queue.size > 0) await run();
      keepPolling();
    });
  };
  world.hooks.requestDispatch = () => {
    keepPolling();
    if (pending !== null || world.queue.size === 0) return;
    const now = world.kernel.now;
    const at = world.tickMs === 0 ? now : Math.ceil(now / world.tickMs) * world.tickMs;
    pending = world.kernel.scheduleAt(at, PRIORITY.dispatch, async () => {
      pending = null;
      await run();
    });
  };
}
