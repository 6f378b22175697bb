import type { MessageType, Req, Res } from './protocol';
import { request } from './transport';

export { MessageError } from './transport';

/**
 * `send` for content scripts (≤ 100 KB gzipped per site) and the popup (rendered in under
 * 100 ms): no zod here, which is a third of the popup's script. Requests are still parsed by
 * the background against the protocol before any handler runs; the reply comes from our own
 * background, built from parsed data, and is typed by the protocol; only its envelope is checked.
 */
export function send<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  return request(type, payload) as Promise<Res<K>>;
}
