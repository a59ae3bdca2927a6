import type { Principal } from '../../domain/auth/access.js';
import type { Clock, IdGenerator } from '../ports.js';
import { requireSupervisor } from '../workforce/access.js';
import type { SimRunRepository, Simulator } from './ports.js';

export type SimulationDeps = {
  runs: SimRunRepository;
  simulator: Simulator;
  clock: Clock;
  ids: IdGenerator;
  /** A run was queued: wake the runner (it also polls, so a runner on another node finds it too). */
  onQueued?: () => void;
  logger?: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
};

/** Simulations cost CPU and show the operation's economics: supervisors and the admin key only. */
export const requireSimulationAccess = (principal: Principal): void => requireSupervisor(principal);
