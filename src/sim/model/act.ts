import type { ScheduledEvent } from '../kernel.js';
import { PRIORITY, type World } from './world.js';

const timerEvents = new WeakMap<World, ScheduledEvent>();

/**
 * Runs one call into the application, then makes sure the kernel wakes when the application's next
 * timer row falls due (an offer's expiry, say), where the runtime's TimerRunner claims and runs it —
 * the simulator's stand-in for the runner's polling, without the polling delay.
 */
export async function act<T>(world: World, call: () => Promise<T>): Promise<T> {
  const result = await call();
  await wakeForTimers(world);
  return result;
}

async function wakeForTimers(world: World): Promise<void> {
  const next = await world.app.store.timers.nextDueAt();
  if (next === null || next > world.runEndMs) return;
  const scheduled = timerEvents.get(world);
  if (scheduled !== undefined && !scheduled.cancelled && scheduled.time <= next) return;
  if (scheduled !== undefined) world.kernel.cancel(scheduled);
  const event = world.kernel.scheduleAt(Math.max(next, world.kernel.now), PRIORITY.timers, async () => {
    timerEvents.delete(world);
    await act(world, () => world.app.timers.tick());
  });
  timerEvents.set(world, event);
}
