/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` (each default-exports an async function
 * that prints its figures). Performance targets live here, not in the tests.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n== ${file} ==`);
  const mod = (await import(join(dir, file))) as { default: () => Promise<void> };
  await mod.default();
}
