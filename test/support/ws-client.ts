import WebSocket from 'ws';
import type { ServerFrame } from '../../src/contracts/ws.js';

/** A real WebSocket client that records every frame and can wait for one matching a predicate. */
export class TestSocket {
  readonly frames: ServerFrame[] = [];
  private waiters: { predicate: (f: ServerFrame) => boolean; resolve: (f: ServerFrame) => void }[] = [];
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as ServerFrame;
      this.frames.push(frame);
      this.waiters = this.waiters.filter((w) => {
        if (!w.predicate(frame)) return true;
        w.resolve(frame);
        return false;
      });
    });
  }

  static async open(baseUrl: string, token?: string): Promise<TestSocket> {
    const url = `${baseUrl.replace(/^http/, 'ws')}/v1/ws${token ? `?token=${encodeURIComponent(token)}` : ''}`;
    const ws = new WebSocket(url);
    const socket = new TestSocket(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return socket;
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Resolves with the first frame (already received or future) that matches; rejects after `ms`. */
  waitFor<T extends ServerFrame = ServerFrame>(predicate: (f: ServerFrame) => boolean, ms = 10_000): Promise<T> {
    const seen = this.frames.find(predicate);
    if (seen) return Promise.resolve(seen as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame within ${ms} ms; got ${JSON.stringify(this.frames.slice(-5))}`)), ms);
      this.waiters.push({
        predicate,
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f as T);
        },
      });
    });
  }

  /** Waits for the n-th frame matching (1-based), counting frames already received. */
  async waitForCount(predicate: (f: ServerFrame) => boolean, n: number, ms = 10_000): Promise<ServerFrame[]> {
    const deadline = Date.now() + ms;
    while (this.frames.filter(predicate).length < n) {
      if (Date.now() > deadline) throw new Error(`only ${this.frames.filter(predicate).length}/${n} matching frames`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.frames.filter(predicate);
  }

  messages(conversationId: string): number[] {
    return this.frames.flatMap((f) => (f.type === 'message' && f.conversationId === conversationId ? [f.message.seq] : []));
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) return resolve();
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }

  /** Drops the connection without a closing handshake, as a lost network would. */
  terminate(): void {
    this.ws.terminate();
  }
}
