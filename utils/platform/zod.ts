import { z } from 'zod';

// MV3 pages and workers forbid `new Function`; zod's JIT would trip the CSP. Every module that
// declares schemas imports `z` from here so this runs before the first schema is built.
z.config({ jitless: true });

export { z };
