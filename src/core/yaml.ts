// Reads a YAML file and validates it; a failure names the file, the line and the field.
import fs from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, fieldName } from './errors.ts';
import { shown } from './paths.ts';
import { readText } from './text-file.ts';

/** `input` is the YAML as read, before the schema: what a failing file says, for further checks. */
export type Validated<T> = { ok: true; data: T; input: unknown } | { ok: false; problems: string[]; input: unknown };

/**
 * Validates YAML text against a schema. `firstLine` is the line of the file the text starts on
 * (2 for an article's front matter, after its opening ---), so problems name the file's lines.
 */
export function validateYaml<S extends z.ZodType>(text: string, schema: S, firstLine = 1): Validated<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    const [error] = doc.errors;
    return { ok: false, problems: [`line ${fileLine(error!.pos[0])}: is not valid YAML: ${error!.message}`], input: undefined };
  }
  const input: unknown = doc.toJS();
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data, input };

  /** The line of the deepest part of the path that exists in the file. */
  const lineOf = (path: PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) return fileLine(node.range[0]);
    }
    return undefined;
  };
  return {
    ok: false,
    input,
    problems: result.error.issues.flatMap((issue) => {
      // An unknown field is named itself, at its own line, rather than as a fault of the object holding it.
      const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
      return paths.map((path) => {
        const line = lineOf(path);
        return `${line ? `line ${line}, ` : ''}field "${fieldName(path)}": ${issue.code === 'unrecognized_keys' ? 'is not a field this file can have' : issue.message}`;
      });
    }),
  };
}

export function readYamlFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  if (!fs.existsSync(file)) throw new ContentError(shown(file), ['file is missing']);
  const result = validateYaml(readText(file), schema);
  if (!result.ok) throw new ContentError(shown(file), result.problems);
  return result.data;
}
