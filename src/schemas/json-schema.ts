// `npm run site-schema`: writes src/schemas/site.schema.json from the zod schema of site.yaml, so
// an editor can check and complete site.yaml while it is written (a YAML language server reads
// the "# yaml-language-server: $schema=…" line at the top of the file).
import fs from 'node:fs';
import { z } from 'astro/zod';
import { siteSchema } from './site.ts';

export const SITE_SCHEMA_FILE = new URL('./site.schema.json', import.meta.url);

export function siteJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(siteSchema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}

if (import.meta.main) {
  fs.writeFileSync(SITE_SCHEMA_FILE, siteJsonSchema());
  console.log(`wrote ${SITE_SCHEMA_FILE.pathname}`);
}
