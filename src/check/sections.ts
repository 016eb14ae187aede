// A section misspelt in site.yaml ("basic" for the folder basics/) would make every file of that
// section wrong: each language's site.yaml and every article in the folder. It is one mistake, so it
// is told once, at site.yaml, and the rest of the check goes on as if it were corrected.
import fs from 'node:fs';
import path from 'node:path';
import { shown } from '../core/paths.ts';
import type { Site } from '../schemas/site.ts';
import { problem, type Problem } from './problem.ts';
import { editDistance } from '../core/edit-distance.ts';

/** The site with each misspelt section replaced by the folder it surely means, and one problem for each. */
export function correctSections(contentDir: string, site: Site, problems: Problem[]): Site {
  const folders = new Set(
    site.languages.flatMap(({ code }) => {
      const dir = path.join(contentDir, code);
      return fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'data' && !e.name.startsWith('.')).map((e) => e.name) : [];
    }),
  );
  const unlisted = [...folders].filter((folder) => !site.sections.includes(folder));
  const file = path.join(contentDir, 'site.yaml');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const sections = site.sections.map((section) => {
    if (folders.has(section)) return section;
    const near = unlisted.filter((folder) => editDistance(folder, section) <= Math.max(1, Math.floor(section.length / 4)));
    if (near.length !== 1) return section;
    const line = lines.findIndex((text) => new RegExp(`^\\s*-\\s*['"]?${section}['"]?\\s*$`).test(text)) + 1;
    problems.push(
      problem(shown(file), {
        line: line || undefined,
        field: 'sections',
        message: `"${section}" has no folder, and folder "${near[0]}" is not a section`,
        fix: `did you mean "${near[0]}"? (the other files of that section are checked as if it were)`,
      }),
    );
    return near[0]!;
  });
  return { ...site, sections };
}
