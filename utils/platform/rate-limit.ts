/*
 * Token buckets, one per sender (a tab and frame): each holds up to `capacity` tokens and
 * refills at `perMinute`; a request takes one. Pure: the caller passes the clock. Senders that
 * went quiet are forgotten once more than `maxSenders` are known, oldest first.
 */

export interface RateLimitOptions {
  capacity: number;
  perMinute: number;
  maxSenders: number;
}

export const NOTIFY_RATE: RateLimitOptions = { capacity: 30, perMinute: 30, maxSenders: 1000 };

export interface RateLimiter {
  /** True when `key` may go ahead now (a token was taken); false when its bucket is empty. */
  take(key: string, now: number): boolean;
}

export function createRateLimiter({ capacity, perMinute, maxSenders }: RateLimitOptions = NOTIFY_RATE): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, now) {
      const b = buckets.get(key) ?? { tokens: capacity, at: now };
      b.tokens = Math.min(capacity, b.tokens + (Math.max(0, now - b.at) * perMinute) / 60_000);
      b.at = now;
      buckets.delete(key); // re-inserted last: the map stays in order of last use
      buckets.set(key, b);
      for (const oldest of buckets.keys()) {
        if (buckets.size <= maxSenders) break;
        buckets.delete(oldest);
      }
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    },
  };
}
