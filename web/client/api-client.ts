import { ApiError } from './api-error.js';
import type { Conversation, CustomerSession, Message, MessagePage, SendMessageResult, StaffLogin } from './types.js';

export type ApiClientOptions = {
  /** Origin of the Tandem server; empty for same-origin. */
  baseUrl?: string;
  /** Read on every call, so a refreshed token applies at once. */
  getToken: () => string | null;
  /** Called on any 401, e.g. to drop an expired session. */
  onUnauthorized?: () => void;
  fetch?: typeof fetch;
};

export type ListConversationsFilter = { state?: string; limit?: number; before?: number };

export type CsatInput = { rating: 1 | 2 | 3 | 4 | 5; comment?: string };

/** The typed REST client shared by the widget, the agent workspace and the console. */
export class ApiClient {
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ApiClientOptions) {
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  createDemoSession(as: 'demo' | 'anonymous'): Promise<CustomerSession> {
    return this.request('POST', '/v1/customer-sessions/demo', { as }, { auth: false });
  }

  loginStaff(email: string, password: string): Promise<StaffLogin> {
    return this.request('POST', '/v1/agent/login', { email, password }, { auth: false });
  }

  startConversation(body: { language?: string; message?: { clientMessageId: string; text: string } }): Promise<{ conversation: Conversation; messages: Message[] }> {
    return this.request('POST', '/v1/conversations', body);
  }

  async getConversation(conversationId: string): Promise<Conversation> {
    return (await this.request<{ conversation: Conversation }>('GET', `/v1/conversations/${enc(conversationId)}`)).conversation;
  }

  /** A customer's own conversations. */
  async listOwnConversations(filter: ListConversationsFilter = {}): Promise<Conversation[]> {
    return (await this.request<{ conversations: Conversation[] }>('GET', `/v1/conversations${query(filter)}`)).conversations;
  }

  listMessages(conversationId: string, after = 0, limit = 500): Promise<MessagePage> {
    return this.request('GET', `/v1/conversations/${enc(conversationId)}/messages${query({ after, limit })}`);
  }

  /** Idempotent by clientMessageId: retrying after a lost response stores the message once. */
  sendMessage(conversationId: string, body: { clientMessageId: string; text: string }): Promise<SendMessageResult> {
    return this.request('POST', `/v1/conversations/${enc(conversationId)}/messages`, body);
  }

  async escalate(conversationId: string): Promise<Conversation> {
    return (await this.request<{ conversation: Conversation }>('POST', `/v1/conversations/${enc(conversationId)}/escalate`, {})).conversation;
  }

  async resolve(conversationId: string, resolution?: string): Promise<Conversation> {
    const body = resolution ? { resolution } : {};
    return (await this.request<{ conversation: Conversation }>('POST', `/v1/conversations/${enc(conversationId)}/resolve`, body)).conversation;
  }

  /** The rating after a resolution. A server without the endpoint answers 404 (ApiError code `not_found`). */
  submitCsat(conversationId: string, input: CsatInput): Promise<unknown> {
    return this.request('POST', `/v1/conversations/${enc(conversationId)}/csat`, input);
  }

  /** Supervisors and the admin key: every conversation, newest first. */
  async listAllConversations(filter: ListConversationsFilter = {}): Promise<Conversation[]> {
    return (await this.request<{ conversations: Conversation[] }>('GET', `/v1/admin/conversations${query(filter)}`)).conversations;
  }

  async assign(conversationId: string, agentId: string): Promise<Conversation> {
    return (await this.request<{ conversation: Conversation }>('POST', `/v1/admin/conversations/${enc(conversationId)}/assign`, { agentId })).conversation;
  }

  private async request<T>(method: 'GET' | 'POST', path: string, body?: unknown, { auth = true } = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = auth ? this.options.getToken() : null;
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.options.baseUrl ?? ''}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (cause) {
      throw ApiError.network(cause);
    }
    if (!response.ok) {
      const error = await ApiError.fromResponse(response);
      if (response.status === 401) this.options.onUnauthorized?.();
      throw error;
    }
    return (await response.json()) as T;
  }
}

const enc = encodeURIComponent;

function query(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '');
  if (entries.length === 0) return '';
  return `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}
