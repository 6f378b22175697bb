/*
 * Wrapping the page's own functions without it showing: a wrapper is a Proxy of the native
 * function (same name, length and prototype), and `Function.prototype.toString` prints the native
 * one for it. Page world, so nothing here imports anything.
 */

export type Win = Window & typeof globalThis;
export type Fn = (...args: unknown[]) => unknown;

/** Wrapped function → the native one it stands for, for `Function.prototype.toString`. */
const masks = new WeakMap<object, object>();

/**
 * How one copy of the guard knows a wrapper made by another: a same-origin child frame runs its
 * own copy, and the parent's copy reaches the same window through the frame getters. The mark is
 * answered by the wrapper itself (no property the page could list), and only for the wrapper.
 */
const MARK = Symbol.for('focusgate.guard');

function markedByAnotherCopy(fn: object): boolean {
  try {
    return Reflect.getOwnPropertyDescriptor(fn, MARK) === undefined && Reflect.get(fn, MARK) === fn;
  } catch {
    return false;
  }
}

/** Whether this copy of the guard, or another one in this page, wrapped `fn` already. */
export function isWrapped(fn: unknown): boolean {
  return typeof fn === 'function' && (masks.has(fn) || markedByAnotherCopy(fn));
}

export function wrap<T extends object>(native: T, handler: ProxyHandler<T>): T {
  const p: T = new Proxy(native, {
    ...handler,
    get: (target, key, receiver: unknown) => (key === MARK ? receiver === p && p : Reflect.get(target, key, receiver)),
  });
  masks.set(p, native);
  return p;
}

/** Redefines an own, configurable property; anything else is left alone. */
export function redefine(target: object, key: PropertyKey, patch: (d: PropertyDescriptor) => PropertyDescriptor): void {
  const d = Object.getOwnPropertyDescriptor(target, key);
  if (d?.configurable) Object.defineProperty(target, key, patch(d));
}

/** Wraps a getter (and setter) of `proto[key]` so `own(self)` answers for our objects, the native one for the rest. */
export function overrideAccessor(
  proto: object,
  key: string,
  own: (self: unknown) => { get(): unknown; set?(v: unknown): void } | undefined,
): void {
  const d = Object.getOwnPropertyDescriptor(proto, key);
  if (!d?.get || isWrapped(d.get)) return;
  const get = wrap(d.get, { apply: (t, self, args) => (own(self)?.get ?? (() => Reflect.apply(t, self, args)))() });
  const set = d.set && wrap(d.set, {
    apply(t, self, args: unknown[]) {
      const mine = own(self);
      if (mine?.set) mine.set(args[0]);
      else if (!mine) Reflect.apply(t, self, args);
    },
  });
  redefine(proto, key, (old) => ({ ...old, get, ...(set ? { set } : {}) }));
}

/** Wraps the method `proto[key]` so `own(self)` runs for our objects, the native one for the rest. */
export function overrideMethod(proto: object, key: string, own: (self: unknown, args: unknown[]) => { result: unknown } | undefined): void {
  const d = Object.getOwnPropertyDescriptor(proto, key);
  if (typeof d?.value !== 'function' || isWrapped(d.value)) return;
  const value = wrap(d.value as Fn, {
    apply(t, self, args: unknown[]) {
      const mine = own(self, args);
      return mine ? mine.result : Reflect.apply(t, self, args);
    },
  });
  redefine(proto, key, (old) => ({ ...old, value }));
}

export function maskToString(win: Win): void {
  const proto = win.Function.prototype;
  if (isWrapped(proto.toString)) return;
  const native = proto.toString;
  redefine(proto, 'toString', (d) => ({
    ...d,
    value: wrap(native, { apply: (t, self, args) => Reflect.apply(t, masks.get(self) ?? self, args) }),
  }));
}
