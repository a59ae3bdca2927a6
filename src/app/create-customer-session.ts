import { AppError } from './errors.js';
import type { CustomerIdentityVerifier, CustomerRepository, IdGenerator, TokenService } from './ports.js';

type Deps = {
  customers: CustomerRepository;
  tokens: TokenService;
  identity: CustomerIdentityVerifier;
  ids: IdGenerator;
  sessionTtlSeconds: number;
  demoSessions: boolean;
};

export type CustomerSession = { token: string; expiresInSeconds: number; customerId: string };

/**
 * The company's backend signs its customer id (HMAC-SHA256 with the shared widget secret); Tandem checks
 * the signature and issues its own short-lived session token. The customer record is created on first sight.
 */
export async function createCustomerSession(
  deps: Deps,
  input: { customerId: string; signature: string; name?: string; language?: string },
): Promise<CustomerSession> {
  if (!deps.identity.verify(input.customerId, input.signature)) {
    throw new AppError('unauthorized', 'signature does not match customerId', 'signature');
  }
  const existing = await deps.customers.get(input.customerId);
  if (!existing) {
    await deps.customers.upsert({
      id: input.customerId,
      name: input.name ?? 'Customer',
      email: null,
      language: input.language ?? 'en',
      vulnerable: false,
    });
  }
  return issue(deps, input.customerId);
}

/**
 * Demo sessions for the shop page: the shipped demo customer, or an anonymous visitor. Off in production
 * unless the operator turns them on.
 */
export async function createDemoSession(deps: Deps, input: { as: 'demo' | 'anonymous' }): Promise<CustomerSession> {
  if (!deps.demoSessions) throw new AppError('forbidden', 'demo sessions are disabled on this server');
  if (input.as === 'demo') {
    if (!(await deps.customers.get(DEMO_CUSTOMER_ID))) throw new AppError('not_found', 'the demo customer is not seeded', 'as');
    return issue(deps, DEMO_CUSTOMER_ID);
  }
  const id = deps.ids.next('cus_anon');
  await deps.customers.upsert({ id, name: 'Visitor', email: null, language: 'en', vulnerable: false });
  return issue(deps, id);
}

export const DEMO_CUSTOMER_ID = 'cus_demo';

async function issue(deps: Deps, customerId: string): Promise<CustomerSession> {
  const token = await deps.tokens.sign({ kind: 'customer', customerId }, deps.sessionTtlSeconds);
  return { token, expiresInSeconds: deps.sessionTtlSeconds, customerId };
}
