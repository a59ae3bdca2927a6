import { DEMO_CUSTOMER_ID } from './create-customer-session.js';
import type { Agent, PasswordHasher, Store } from './ports.js';

/** Demo logins, printed at start-up and in the README. Never seeded unless TANDEM_SEED_DEMO is on. */
export const DEMO_PASSWORD = 'tandem-demo';

const demoAgents: Omit<Agent, 'passwordHash' | 'lastSeenAt' | 'lastOfferAt'>[] = [
  {
    id: 'agt_sam',
    email: 'sam@example.com',
    name: 'Sam Patel',
    role: 'agent',
    languages: ['en'],
    skills: ['payments', 'refunds'],
    certifications: ['disputes'],
    tier: 'standard',
    capacity: 3,
    qualityScore: 0.86,
    callUpOptIn: true,
    presence: 'offline',
  },
  {
    id: 'agt_lucia',
    email: 'lucia@example.com',
    name: 'Lucía Fernández',
    role: 'agent',
    languages: ['en', 'es'],
    skills: ['payments', 'hardship'],
    certifications: ['hardship', 'disputes'],
    tier: 'expert',
    capacity: 2,
    qualityScore: 0.93,
    callUpOptIn: false,
    presence: 'offline',
  },
  {
    id: 'agt_noah',
    email: 'noah@example.com',
    name: 'Noah Williams',
    role: 'agent',
    languages: ['en'],
    skills: ['payments'],
    certifications: [],
    tier: 'probation',
    capacity: 1,
    qualityScore: 0.7,
    callUpOptIn: true,
    presence: 'offline',
  },
  {
    id: 'agt_supervisor',
    email: 'supervisor@example.com',
    name: 'Jordan Reyes',
    role: 'supervisor',
    languages: ['en', 'fr'],
    skills: ['payments', 'refunds', 'hardship'],
    certifications: ['disputes', 'hardship', 'fraud'],
    tier: 'expert',
    capacity: 2,
    qualityScore: 0.95,
    callUpOptIn: false,
    presence: 'offline',
  },
];

/** Idempotent: running it twice leaves one of each. */
export async function seedDemo(deps: { store: Store; passwords: PasswordHasher }): Promise<{ customers: number; agents: number }> {
  await deps.store.customers.upsert({ id: DEMO_CUSTOMER_ID, name: 'Alex Morgan', email: 'alex@example.com', language: 'en', vulnerable: false });
  let created = 0;
  for (const agent of demoAgents) {
    if (await deps.store.agents.get(agent.id)) continue;
    await deps.store.agents.insert({ ...agent, lastSeenAt: null, lastOfferAt: null, passwordHash: await deps.passwords.hash(DEMO_PASSWORD) });
    created += 1;
  }
  return { customers: 1, agents: created };
}
