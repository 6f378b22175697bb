import { browser } from '#imports';
import { protocol, replySchema, type MessageType, type Req, type Res } from './protocol';

export class MessageError extends Error {
  constructor(
    readonly type: MessageType,
    message: string,
  ) {
    super(`${type}: ${message}`);
    this.name = 'MessageError';
  }
}

/**
 * Sends a typed message to the background and parses its reply against the protocol.
 * Rejects with MessageError on an error reply, a malformed reply or an unreachable background.
 */
export async function send<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type, payload });
  } catch (err) {
    throw new MessageError(type, `background unreachable (${err instanceof Error ? err.message : String(err)})`);
  }
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(type, 'malformed reply');
  if (!reply.data.ok) throw new MessageError(type, reply.data.error);
  const data = protocol[type].res.safeParse(reply.data.data);
  if (!data.success) throw new MessageError(type, 'reply does not match the protocol');
  return data.data as Res<K>;
}
