import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The boundary rules in eslint.config.js, run by ESLint itself on deliberate violations: each
 * must fail, and the same code must pass where it is allowed.
 */

const ROOT = join(import.meta.dirname, '../../..');
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  await eslint.lintText('', { filePath: join(ROOT, 'utils/platform/zod.ts') }); // loads the config and parsers once
}, 120_000);

/** The rule ids and messages ESLint reports for `code` as if it were the file at `path`. */
async function problems(path: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

describe('pure cores', () => {
  it('may not import the browser, React, wxt or storage', async () => {
    const found = await problems(
      'utils/notify/policy.ts',
      [
        "import { browser } from '#imports';",
        "import { createRoot } from 'react-dom/client';",
        "import { getSettings } from '../platform/settings/storage';",
        'export const all = [browser, createRoot, getSettings];',
      ].join('\n'),
    );
    expect(found).toEqual([
      { rule: 'focusgate/boundaries', message: expect.stringContaining('may not import "#imports"') },
      { rule: 'focusgate/boundaries', message: expect.stringContaining('may not import "react-dom/client"') },
      { rule: 'focusgate/boundaries', message: expect.stringContaining('not utils/platform/settings/storage.ts') },
    ]);
  });

  it('may not use DOM or extension globals', async () => {
    const found = await problems('utils/stats/summary.ts', 'export const title = () => document.title + String(window.length) + String(chrome);\n');
    expect(found.map((p) => p.rule)).toEqual(['no-restricted-globals', 'no-restricted-globals', 'no-restricted-globals']);
  });

  it('cover every file of a pure folder: the meeting analyser may not reach the page or the coach', async () => {
    const code = [
      "import { createMeetingCoach } from '../coach';",
      "import { findAgenda } from './agenda';",
      'export const x = () => [createMeetingCoach, findAgenda, document.title];',
    ].join('\n');
    expect(await problems('utils/meeting/analysis/kind.ts', code)).toEqual([
      { rule: 'focusgate/boundaries', message: expect.stringContaining('not utils/meeting/coach.ts') },
      { rule: 'no-restricted-globals', message: expect.stringContaining('Pure cores use no DOM') },
    ]);
  });

  it('may import other pure cores, the allowed packages and any type', async () => {
    const code = [
      "import { format } from 'date-fns';",
      "import { SITES } from '../../platform/sites';",
      "import type { HostAdapter } from '../../compose/hosts/types';",
      'export const x = (a: HostAdapter | null) => [format(0, "yyyy"), SITES, a];',
    ].join('\n');
    expect(await problems('utils/focus/schedule/spans.ts', code)).toEqual([]);
  });

  it('do not bind code outside them: the same imports pass in a runtime module', async () => {
    const code = "import { browser } from '#imports';\nexport const id = () => browser.runtime.id + document.title;\n";
    expect(await problems('utils/notify/background.ts', code)).toEqual([]);
  });
});

describe('utils/', () => {
  it('may not import components/, by relative path or alias', async () => {
    const code = "import { Figure } from '../../../components/stats/Figure';\nimport { DigestView } from '@/components/notify/DigestView';\nexport const c = [Figure, DigestView];\n";
    const found = await problems('utils/stats/background/stats.ts', code);
    expect(found).toEqual([
      { rule: 'focusgate/boundaries', message: 'utils/ must not import components/ (../../../components/stats/Figure).' },
      { rule: 'focusgate/boundaries', message: 'utils/ must not import components/ (@/components/notify/DigestView).' },
    ]);
  });
});
