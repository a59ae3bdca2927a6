import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import { AppError } from '../app/errors.js';
import type { EventBus } from '../app/ports.js';
import type { Services } from '../app/services.js';
import { clientFrameSchema, type ClientFrame, type ServerFrame } from '../contracts/ws.js';
import type { Principal } from '../domain/auth/access.js';
import type { HttpMetrics } from '../http/metrics.js';
import { AgentFeed } from './agent-feed.js';
import { ConversationSubscription } from './subscription.js';

type SocketDeps = { services: Services; bus: EventBus; logger: Logger; metrics: HttpMetrics };

const MAX_SUBSCRIPTIONS = 50;

function parseFrame(raw: string): { ok: true; frame: ClientFrame } | { ok: false; field: string; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, field: 'frame', message: 'frame: is not valid JSON' };
  }
  const parsed = clientFrameSchema.safeParse(json);
  if (parsed.success) return { ok: true, frame: parsed.data };
  const issue = parsed.error.issues[0];
  const unknownKey = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const field = unknownKey ?? String(issue?.path[issue.path.length - 1] ?? 'frame');
  return { ok: false, field, message: `${field}: ${unknownKey ? 'is not a known field' : (issue?.message ?? 'is invalid')}` };
}

/**
 * `GET /v1/ws?token=…` (browsers cannot set headers on a WebSocket) or an `auth` frame first. The token is
 * verified again on every frame, so an expired session stops working mid-connection.
 */
export function socketRoutes(app: FastifyInstance, deps: SocketDeps): void {
  app.get('/v1/ws', { websocket: true, schema: { hide: true } }, (socket: WebSocket, request: FastifyRequest) => {
    deps.metrics.sockets.inc();
    const send = (frame: ServerFrame) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
    };
    const sendError = (code: string, message: string, field?: string, ref?: string) =>
      send({ type: 'error', code, message, ...(field ? { field } : {}), ...(ref ? { ref } : {}) });
    const subscriptions = new Map<string, ConversationSubscription>();
    const agentFeed = new AgentFeed(deps, send);
    let token = (request.query as Record<string, unknown>)?.token;
    let principal: Principal | null = null;

    const authenticate = async (): Promise<Principal | null> => {
      if (typeof token !== 'string') return null;
      principal = await deps.services.verifyToken(token);
      return principal;
    };

    const handle = async (frame: ClientFrame): Promise<void> => {
      if (frame.type === 'auth') {
        token = frame.token;
        const who = await authenticate();
        if (!who) return sendError('unauthorized', 'token: is invalid or expired', 'token');
        return send({ type: 'ready', principal: who.kind });
      }
      const who = await authenticate();
      if (!who) return sendError('unauthorized', 'token: is missing, invalid or expired; send an auth frame', 'token');
      if (who.kind === 'agent') await agentFeed.attach(who);
      switch (frame.type) {
        case 'ping':
          return send({ type: 'pong' });
        case 'heartbeat':
          return;
        case 'subscribe': {
          subscriptions.get(frame.conversationId)?.stop();
          if (subscriptions.size >= MAX_SUBSCRIPTIONS) {
            return sendError('validation_failed', `conversationId: at most ${MAX_SUBSCRIPTIONS} subscriptions per socket`, 'conversationId', frame.conversationId);
          }
          const subscription = new ConversationSubscription(frame.conversationId, frame.afterSeq, who, deps, send, () => {
            subscriptions.delete(frame.conversationId);
            sendError('forbidden', 'you no longer have access to this conversation', 'conversationId', frame.conversationId);
          });
          subscriptions.set(frame.conversationId, subscription);
          try {
            await subscription.start();
          } catch (error) {
            subscription.stop();
            subscriptions.delete(frame.conversationId);
            throw error;
          }
          return;
        }
        case 'unsubscribe':
          subscriptions.get(frame.conversationId)?.stop();
          subscriptions.delete(frame.conversationId);
          return;
        case 'send': {
          const { message, created } = await deps.services.sendMessage({ principal: who, ...frame });
          return send({ type: 'ack', conversationId: frame.conversationId, clientMessageId: frame.clientMessageId, seq: message.seq, created });
        }
      }
    };

    // Frames from one socket are handled one at a time, in arrival order.
    let chain = Promise.resolve();
    socket.on('message', (data) => {
      chain = chain.then(async () => {
        const parsed = parseFrame(data.toString());
        if (!parsed.ok) {
          deps.metrics.frames.inc({ type: 'invalid', outcome: 'rejected' });
          return sendError('validation_failed', parsed.message, parsed.field);
        }
        const frame = parsed.frame;
        const ref = 'clientMessageId' in frame ? frame.clientMessageId : 'conversationId' in frame ? frame.conversationId : undefined;
        try {
          await handle(frame);
          deps.metrics.frames.inc({ type: frame.type, outcome: 'ok' });
        } catch (error) {
          deps.metrics.frames.inc({ type: frame.type, outcome: 'error' });
          if (error instanceof AppError && error.code !== 'internal') return sendError(error.code, error.message, error.field, ref);
          deps.logger.error({ err: error, frame: frame.type }, 'socket frame failed');
          sendError('internal', 'Something went wrong', undefined, ref);
        }
      });
    });

    socket.on('close', () => {
      deps.metrics.sockets.dec();
      for (const subscription of subscriptions.values()) subscription.stop();
      subscriptions.clear();
      agentFeed.detach();
    });

    void authenticate().then(async (who) => {
      if (!who) return;
      if (who.kind === 'agent') await agentFeed.attach(who);
      send({ type: 'ready', principal: who.kind });
    });
  });
}
