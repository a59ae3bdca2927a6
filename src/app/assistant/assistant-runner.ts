import { respondToCustomer, type AssistantTurn } from './respond-to-customer.js';
import type { AssistantDeps } from './assistant-deps.js';

type Logger = { error(obj: object, msg: string): void };

/**
 * Runs assistant turns in the background, one conversation at a time per conversation (a customer who
 * sends two messages quickly gets two turns, in order), so sending a message never waits for the AI.
 */
export class AssistantRunner {
  private readonly chains = new Map<string, Promise<AssistantTurn | void>>();

  constructor(
    private readonly deps: AssistantDeps,
    private readonly logger: Logger,
  ) {}

  schedule(conversationId: string): Promise<AssistantTurn | void> {
    const previous = this.chains.get(conversationId) ?? Promise.resolve();
    const next = previous
      .then(() => respondToCustomer(this.deps, conversationId))
      .catch((error: unknown) => this.logger.error({ err: error, conversationId }, 'assistant turn failed'));
    this.chains.set(conversationId, next);
    void next.finally(() => {
      if (this.chains.get(conversationId) === next) this.chains.delete(conversationId);
    });
    return next;
  }

  /** Resolves when every scheduled turn has finished (tests, graceful shutdown). */
  async idle(): Promise<void> {
    while (this.chains.size > 0) await Promise.all([...this.chains.values()]);
  }
}
