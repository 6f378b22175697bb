import { protocol, type MessageType, type Req, type Res } from './protocol';
import { MessageError, request } from './transport';

export { MessageError };

/**
 * Sends a typed message to the background and parses its reply against the protocol.
 * Rejects with MessageError on an error reply, a malformed reply or an unreachable background.
 * For extension pages; content scripts and the popup use `send` in `lean-client.ts`, which stays
 * free of zod.
 */
export async function sendParsed<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  const data = protocol[type].res.safeParse(await request(type, payload));
  if (!data.success) throw new MessageError(type, 'reply does not match the protocol');
  return data.data as Res<K>;
}
