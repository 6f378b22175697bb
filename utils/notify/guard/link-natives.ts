/*
 * The page-world natives the guard's link uses, taken before any page script runs: a page that
 * later patches `MessageEvent.prototype.data`/`ports`/`source`, `Event.prototype.stopImmediatePropagation`,
 * `MessagePort.prototype.postMessage` or the `onmessage` setter (each sees its `this`, the port
 * or an event carrying it) never gets hold of the bridge's port. Page world: imports types only.
 */

import type { Win } from './native';

type Getter = (this: unknown) => unknown;

export interface LinkNatives {
  data(e: Event): unknown;
  ports(e: Event): readonly MessagePort[];
  source(e: Event): unknown;
  stop(e: Event): void;
  post(port: MessagePort, message: unknown): void;
  onMessage(port: MessagePort, listener: (e: MessageEvent) => void): void;
}

export function linkNatives(win: Win): LinkNatives {
  const apply = Reflect.apply;
  const getter = (proto: object, key: string) => Object.getOwnPropertyDescriptor(proto, key)?.get as Getter | undefined;
  const data = getter(win.MessageEvent.prototype, 'data');
  const ports = getter(win.MessageEvent.prototype, 'ports');
  const source = getter(win.MessageEvent.prototype, 'source');
  const stop = win.Event.prototype.stopImmediatePropagation;
  // An engine without these accessors (a test DOM) gets the plain property reads and calls.
  const post = ports ? win.MessagePort.prototype.postMessage : undefined;
  const setOnMessage = ports ? Object.getOwnPropertyDescriptor(win.MessagePort.prototype, 'onmessage')?.set : undefined;
  return {
    data: (e) => (data ? apply(data, e, []) : (e as MessageEvent).data),
    ports: (e) => ((ports ? apply(ports, e, []) : (e as MessageEvent).ports) as readonly MessagePort[] | undefined) ?? [],
    source: (e) => (source ? apply(source, e, []) : (e as MessageEvent).source),
    stop: (e) => void apply(stop, e, []),
    post: (port, m) => void (post ? apply(post, port, [m]) : port.postMessage(m)),
    onMessage: (port, fn) => void (setOnMessage ? apply(setOnMessage, port, [fn]) : (port.onmessage = fn)),
  };
}
