// content/icon.svg, when a site has one: the app icons are drawn from it at build (src/install/).
import fs from 'node:fs';
import path from 'node:path';
import { shown } from '../core/paths.ts';
import { problem, type Problem } from './problem.ts';

export function iconProblems(contentDir: string): Problem[] {
  const file = path.join(contentDir, 'icon.svg');
  if (!fs.existsSync(file) || /<svg[\s>]/.test(fs.readFileSync(file, 'utf8'))) return [];
  return [problem(shown(file), { message: 'not an SVG image (no <svg> element): the app icons are drawn from it', fix: "save the drawing as SVG, or take the file out to use the engine's icon" })];
}
