import { describe, expect, it } from 'vitest';
import { createSerial } from '../../../../utils/platform/background/serial';

describe('createSerial', () => {
  it('runs jobs one at a time in call order, and a failure does not stop the next', async () => {
    const serial = createSerial();
    const log: string[] = [];
    const job = (name: string, ms: number, fail = false) => async () => {
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const a = serial(job('a', 20));
    const b = serial(job('b', 1, true));
    const c = serial(job('c', 5));
    await expect(a).resolves.toBe('a');
    await expect(b).rejects.toThrow('b');
    await expect(c).resolves.toBe('c');
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });
});
