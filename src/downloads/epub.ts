// The guide as an EPUB 3 e-book, for readers who keep their books in a reading app: a cover, a table of
// contents grouped by section, and one chapter per article in the booklet's reading order, each with its
// sources. Pure: the same book in gives the same bytes out (fixed file times, an identifier made from the
// site and language), so a rebuild changes the file only when the guide changed.
import { createHash } from 'node:crypto';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { convertChapters, type ConvertedChapter } from './epub-chapters.ts';
import { coverBody, coverSvg, type CoverWords } from './epub-cover.ts';
import { escapeAttribute as attr, escapeText as text, toXhtml } from './xhtml.ts';

export interface EpubChapter {
  /** Site address: "/en/start/what-to-do-now/". */
  path: string;
  /** As built (HTML: it may hold entities or tags). */
  title: string;
  /** Section id, a key of EpubBook.sections. */
  section: string;
  /** The built <article>…</article> element. */
  html: string;
}

export interface EpubBook {
  /** Site id: "lockguide". With lang, it names the book for reading apps, the same in every edition. */
  id: string;
  /** BCP 47: "pt-BR". */
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  tagline: string;
  /** Who publishes it (a name). */
  publisher: string;
  /** "CC BY-SA 4.0": the book's rights, when given. */
  license?: string;
  /** YYYY-MM-DD. */
  updated: string;
  /** The text's version, shown on the cover. */
  version: string;
  /** The public address, when real; undefined when a placeholder: then no address appears in the book. */
  siteUrl?: string;
  /** Section names, by id, in reading order. */
  sections: Record<string, { title: string }>;
  /** version: "Version {version}, {date}". */
  words: { contents: string; cover: string; version: string };
  /** The book's stylesheet (EPUB_CSS, unless the site has its own). */
  css: string;
  /** In reading order. */
  chapters: EpubChapter[];
  /** The bytes of a picture of the site ("/pictures/x.png"), for articles that show one; undefined when it has none. */
  picture?: (sitePath: string) => Uint8Array | undefined;
}

/** A small stylesheet that leaves fonts, sizes and colours to the reading app, where the reader set them. */
export const EPUB_CSS = `body{margin:0 .5em;line-height:1.5;overflow-wrap:break-word}
h1,h2,h3{line-height:1.2;margin:1.2em 0 .5em}h1{font-size:1.5em}h2{font-size:1.25em}h3{font-size:1.1em}
.lead{font-size:1.1em}.muted,.tagline{opacity:.8}.note{border-inline-start:4px solid;padding-inline-start:.6em}
blockquote{margin-inline:0;border-inline-start:4px solid;padding-inline-start:.6em}
table{border-collapse:collapse;width:100%}th,td{border:1px solid;padding:.25em .4em;text-align:start;vertical-align:top}
ul.contains-task-list{list-style:none;padding-inline-start:.5em}
.box{display:inline-block;width:1em;height:1em;border:2px solid;vertical-align:-.15em;margin-inline-end:.4em}
section.sources{margin-top:2em;font-size:.9em}
.cover{text-align:center;margin-top:3em}.cover h1{font-size:2em}
nav ol{list-style:none;padding-inline-start:1em}nav li>span{font-weight:bold}
`;

const OPF = 'OEBPS/content.opf';
/** Zip entries' time: the earliest a zip can say, so a rebuild of the same book gives the same bytes. */
const ZIP_TIME = new Date(1980, 0, 1, 12);

export function makeEpub(book: EpubBook): Uint8Array {
  if (book.chapters.length === 0) throw new Error(`EPUB ${book.id}-${book.lang}: no chapters to put in the book`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(book.updated)) throw new Error(`EPUB ${book.id}-${book.lang}: updated must be YYYY-MM-DD, not "${book.updated}"`);
  for (const chapter of book.chapters) {
    if (!book.sections[chapter.section]) throw new Error(`${chapter.path}: its section "${chapter.section}" is not one of the book's sections (${Object.keys(book.sections).join(', ')})`);
  }
  const { chapters, pictures } = convertChapters(book.chapters, book.siteUrl, book.picture);
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
    [OPF]: strToU8(packageDocument(book, chapters, pictures)),
    'OEBPS/nav.xhtml': strToU8(navigation(book, chapters)),
    'OEBPS/cover.xhtml': strToU8(page(book, book.words.cover, coverBody(coverWords(book)))),
    'OEBPS/cover.svg': strToU8(coverSvg(coverWords(book))),
    'OEBPS/style.css': strToU8(book.css),
  };
  chapters.forEach((chapter) => (files[`OEBPS/${chapter.file}`] = strToU8(page(book, chapter.title, `<article>${toXhtml(articleBody(chapter))}</article>`))));
  for (const picture of pictures) files[`OEBPS/${picture.file}`] = [picture.bytes, { level: 0 }];
  return zipSync(files, { level: 9, mtime: ZIP_TIME });
}

/** The cover's words, the version line filled in with the version and the date as the book's language writes it. */
function coverWords(book: EpubBook): CoverWords {
  const date = new Intl.DateTimeFormat(book.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${book.updated}T00:00:00Z`));
  const version = book.words.version.replace('{version}', book.version).replace('{date}', date);
  return { lang: book.lang, dir: book.dir, title: book.title, tagline: book.tagline, publisher: book.publisher, license: book.license, siteUrl: book.siteUrl, version };
}

/** The article's own content: the converted tree is the <article> element itself. */
const articleBody = (chapter: ConvertedChapter) => chapter.body.flatMap((node) => (typeof node !== 'string' && node.name === 'article' ? node.children : [node]));

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="${OPF}" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

/** A urn:uuid made from the site and language (name-based, like RFC 4122's version 5), the same on every rebuild. */
export function bookIdentifier(id: string, lang: string): string {
  const hex = createHash('sha1').update(`epub:${id}:${lang}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function packageDocument(book: EpubBook, chapters: ConvertedChapter[], pictures: { file: string; mediaType: string }[]): string {
  const item = (id: string, href: string, mediaType: string, properties?: string) =>
    `<item id="${id}" href="${attr(href)}" media-type="${mediaType}"${properties ? ` properties="${properties}"` : ''}/>`;
  const chapterId = (chapter: ConvertedChapter) => chapter.file.replace(/\.xhtml$/, '');
  const manifest = [
    item('nav', 'nav.xhtml', 'application/xhtml+xml', 'nav'),
    item('cover', 'cover.xhtml', 'application/xhtml+xml'),
    item('cover-image', 'cover.svg', 'image/svg+xml', 'cover-image'),
    item('style', 'style.css', 'text/css'),
    ...chapters.map((chapter) => item(chapterId(chapter), chapter.file, 'application/xhtml+xml', chapter.svg ? 'svg' : undefined)),
    ...pictures.map((picture, index) => item(`picture-${index + 1}`, picture.file, picture.mediaType)),
  ];
  const spine = ['cover', 'nav', ...chapters.map(chapterId)].map((id) => `<itemref idref="${id}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${attr(book.lang)}" dir="${book.dir}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${bookIdentifier(book.id, book.lang)}</dc:identifier>
<dc:title>${text(book.title)}</dc:title>
<dc:description>${text(book.tagline)}</dc:description>
<dc:language>${text(book.lang)}</dc:language>
<dc:creator>${text(book.publisher)}</dc:creator>
<dc:publisher>${text(book.publisher)}</dc:publisher>
<dc:date>${book.updated}</dc:date>
${book.license ? `<dc:rights>${text(book.license)}</dc:rights>\n` : ''}${book.siteUrl ? `<dc:source>${text(book.siteUrl)}</dc:source>\n` : ''}<meta property="dcterms:modified">${book.updated}T00:00:00Z</meta>
<meta name="cover" content="cover-image"/>
</metadata>
<manifest>
${manifest.join('\n')}
</manifest>
<spine page-progression-direction="${book.dir}">
${spine.join('\n')}
</spine>
</package>
`;
}

/** An XHTML file of the book, in its language and direction. */
function page(book: EpubBook, title: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${attr(book.lang)}" xml:lang="${attr(book.lang)}" dir="${book.dir}">
<head><title>${text(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body>${body}</body>
</html>
`;
}

/** The table of contents, chapters grouped under their sections, and the landmarks reading apps jump to. */
function navigation(book: EpubBook, chapters: ConvertedChapter[]): string {
  const groups: { section: string; items: string[] }[] = [];
  book.chapters.forEach((source, index) => {
    const link = `<li><a href="${chapters[index]!.file}">${text(chapters[index]!.title)}</a></li>`;
    if (groups.at(-1)?.section === source.section) groups.at(-1)!.items.push(link);
    else groups.push({ section: source.section, items: [link] });
  });
  const toc = groups.map((group) => `<li><span>${text(book.sections[group.section]!.title)}</span><ol>${group.items.join('')}</ol></li>`);
  return page(
    book,
    book.words.contents,
    `<nav epub:type="toc" id="toc"><h1>${text(book.words.contents)}</h1><ol>
${toc.join('\n')}
</ol></nav>
<nav epub:type="landmarks" hidden="hidden"><ol>
<li><a epub:type="cover" href="cover.xhtml">${text(book.words.cover)}</a></li>
<li><a epub:type="toc" href="nav.xhtml#toc">${text(book.words.contents)}</a></li>
<li><a epub:type="bodymatter" href="${chapters[0]!.file}">${text(chapters[0]!.title)}</a></li>
</ol></nav>`,
  );
}
