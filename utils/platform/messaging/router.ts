import type { z } from 'zod';
import { envelopeSchema, isMessageType, protocol, type MessageType, type Reply, type Res } from './protocol';

/** Who sent a message, as the browser reports it (never as the message claims). */
export interface MessageSender {
  url?: string;
  tabId?: number;
  frameId?: number;
  /** True when the sender is one of the extension's own pages (not a content script). */
  fromExtensionPage: boolean;
}

type ParsedReq<K extends MessageType> = z.output<(typeof protocol)[K]['req']>;
export type Handler<K extends MessageType> = (payload: ParsedReq<K>, sender: MessageSender) => Promise<Res<K>> | Res<K>;
export type Handlers = { [K in MessageType]?: Handler<K> };

/**
 * The only messages content scripts may send (settings, events, notifications, site health,
 * focus state, overlaps); everything else (editing focus, held items, data) is for the extension's own pages.
 */
const FROM_CONTENT_SCRIPTS: ReadonlySet<MessageType> = new Set<MessageType>([
  'getSettings',
  'recordEvent',
  'notify',
  'dismissHeld',
  'listHeldForScope',
  'supersedeHeld',
  'notHeldInFrame',
  'reportHealth',
  'getFocusState',
  'getOverlaps',
  'pauseCoach',
  'resumeCoach',
]);

function describe(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * Builds the background's single dispatcher. Each feature module contributes its handlers;
 * the dispatcher parses the envelope and the payload against the protocol before any handler
 * runs, and turns every failure into an error reply (a handler that throws included).
 */
export function createRouter(handlers: Handlers) {
  return async function dispatch(message: unknown, sender: MessageSender): Promise<Reply> {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return { ok: false, error: 'Malformed message: expected { type, payload }' };
    const { type, payload } = envelope.data;
    if (!isMessageType(type)) return { ok: false, error: `Unknown message type "${type}"` };
    if (!sender.fromExtensionPage && !FROM_CONTENT_SCRIPTS.has(type)) {
      return { ok: false, error: `"${type}" is only accepted from Focusgate's own pages` };
    }
    const handler = handlers[type] as Handler<MessageType> | undefined;
    if (!handler) return { ok: false, error: `No handler for "${type}"` };
    const parsed = protocol[type].req.safeParse(payload ?? {});
    if (!parsed.success) return { ok: false, error: `Invalid "${type}" message: ${describe(parsed.error.issues)}` };
    try {
      const data = await handler(parsed.data as never, sender);
      return { ok: true, data };
    } catch (err) {
      console.error(`[focusgate] ${type} failed`, err);
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
