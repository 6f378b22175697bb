import { browser } from '#imports';
import type { MessageType, Req } from './protocol';

export class MessageError extends Error {
  constructor(
    readonly type: MessageType,
    message: string,
  ) {
    super(`${type}: ${message}`);
    this.name = 'MessageError';
  }
}

/** What to tell the user about a failed request: the error's message, without the message type. */
export function messageOf(err: unknown): string {
  if (err instanceof MessageError) return err.message.replace(/^\w+: /, '');
  return err instanceof Error ? err.message : String(err);
}

/**
 * Sends `{ type, payload }` to the background and unwraps its `{ ok, data | error }` reply.
 * Free of zod on purpose, so content scripts can use it without carrying the schemas: the
 * background parses every request against the protocol; replies are checked by the caller.
 */
export async function request<K extends MessageType>(type: K, payload: Req<K>): Promise<unknown> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type, payload });
  } catch (err) {
    throw new MessageError(type, `background unreachable (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!raw || typeof raw !== 'object' || typeof (raw as { ok?: unknown }).ok !== 'boolean') {
    throw new MessageError(type, 'malformed reply');
  }
  const reply = raw as { ok: boolean; data?: unknown; error?: unknown };
  if (!reply.ok) throw new MessageError(type, typeof reply.error === 'string' ? reply.error : 'malformed reply');
  return reply.data;
}
