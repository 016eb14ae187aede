// Zod as every schema here uses it: a missing field reads "is missing", not zod's type jargon.
import { z } from 'astro/zod';

z.config({ customError: (issue) => (issue.input === undefined && issue.code === 'invalid_type' ? 'is missing' : undefined) });

export { z };
