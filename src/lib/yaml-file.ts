// Reads a YAML file and validates it; a failure names the file, the line and the field.
import fs from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, fieldName } from './errors.ts';
import { shown } from './paths.ts';

export function readYamlFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  if (!fs.existsSync(file)) throw new ContentError(shown(file), ['file is missing']);
  const lineCounter = new LineCounter();
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const [error] = doc.errors;
    throw new ContentError(shown(file), [`line ${lineCounter.linePos(error!.pos[0]).line}: is not valid YAML: ${error!.message}`]);
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;

  /** The line of the deepest part of the path that exists in the file. */
  const lineOf = (path: PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  throw new ContentError(
    shown(file),
    result.error.issues.map((issue) => {
      const line = lineOf(issue.path);
      return `${line ? `line ${line}, ` : ''}field "${fieldName(issue.path)}": ${issue.message}`;
    }),
  );
}
