// How to fix the problems the schemas word without saying so ("is missing", "Too big: ...").
// Messages that already say what to do are left as they are.

const FIXES: [RegExp, string][] = [
  [/says "([^"]+)" but the file is in folder "([^"]+)"$/, 'move the file into folder "$1", or change "section" to "$2"'],
  [/is not a section listed in site\.yaml$/, 'move the file into a section\'s folder, or add the section to site.yaml "sections"'],
  [/is not a language listed in site\.yaml/, 'move the file into a language\'s folder, or add the language to site.yaml "languages"'],
  [/: is missing$/, 'add it (docs/authoring.md shows every field)'],
  [/must be an https address$/, 'use the https:// address of the same page'],
  [/must be a date written YYYY-MM-DD$/, 'write the day as 2026-01-31'],
  [/Invalid option: expected one of/, 'use one of those values'],
  [/is not a field this file can have$/, 'remove it, or correct its spelling'],
  [/Too big: expected string to have <=(\d+) characters$/, 'shorten it to $1 characters'],
  [/Too small: expected string to have >=1 characters$/, 'write something, or leave the field out'],
  [/is not valid YAML/, 'look at the line and the one above it: indentation, a missing quote or a stray ":"'],
  [/every (article|organisation) lists at least one source$/, 'add the page the facts come from under "sources"'],
  [/checked": \S+ is in the future$/, 'write the day you checked it'],
  [/is in the future$/, 'write the day of the last change'],
  [/is not a valid phone number in/, 'copy the number exactly as the source shows it, and check "country"'],
  [/is needed to read a \w+ number$/, 'add the country code the number is dialled in, such as KE'],
  [/lack \d+ key\(s\)/, 'add those keys, with their words in this language (src/i18n/en.json has every key)'],
  [/is already used by .*: ids are unique/, 'rename one of the files'],
  [/is not in this organisation's countries/, 'add the country to "countries", or correct the contact\'s "country"'],
  [/translation names the source's `updated` date/, 'add "follows:" with the English article\'s "updated" date'],
];

export function withFix(text: string): string {
  if (text.includes(' — ')) return text;
  for (const [pattern, fix] of FIXES) {
    const match = pattern.exec(text);
    if (match) return `${text} — ${fix.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '')}`;
  }
  return text;
}
