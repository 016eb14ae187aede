// Splits an article's MDX source into its front matter and its body, and blanks out code (fenced
// blocks and `inline code`) so the body rules never read an example as the page's own markup.
// Blanking keeps every character's line, so every problem can name its line.

export interface MdxSource {
  /** The YAML between the --- lines, and the file line it starts on; undefined when there is none. */
  frontMatter?: { text: string; firstLine: number };
  /** The file's lines, 1-based: `raw[n]` as written. */
  raw: string[];
  /** The body with front matter and code blanked: same length and lines as the file. */
  body: string;
  /** The first line of the body. */
  bodyLine: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function readMdx(source: string): MdxSource {
  const lines = source.split(/\r?\n/);
  const raw = ['', ...lines];
  let bodyStart = 0; // index into lines
  let frontMatter: MdxSource['frontMatter'];
  if (lines[0]?.trimEnd() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
    if (end > 0) {
      frontMatter = { text: lines.slice(1, end).join('\n'), firstLine: 2 };
      bodyStart = end + 1;
    }
  }
  const blank = (line: string) => line.replace(/[^\s]/g, ' ');
  let fence: string | undefined;
  const body = lines.map((line, i) => {
    if (i < bodyStart) return blank(line);
    if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = undefined;
      return blank(line);
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = open[1];
      return blank(line);
    }
    return line;
  });
  const text = body.join('\n').replace(/(?<!`)(`+)(?!`)([^\n]*?[^`\n])\1(?!`)/g, (code) => code.replace(/[^\n]/g, ' '));
  return { frontMatter, raw, body: text, bodyLine: bodyStart + 1 };
}

/** The 1-based line of a position in a text. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
