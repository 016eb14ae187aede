// An address that reaches nobody: the names reserved for examples and tests (RFC 2606, RFC 6761).
// A site published at one prints no QR code or address and gives search engines and share previews
// no URL, since a reader sent there finds nothing.

const RESERVED_ENDINGS = ['example', 'test', 'invalid', 'localhost'];
const RESERVED_NAMES = ['example.com', 'example.org', 'example.net'];

/** True when `url`'s host is reserved (lockguide.example, x.test, localhost, www.example.com, …). */
export function isPlaceholderUrl(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  const last = host.split('.').at(-1)!;
  return RESERVED_ENDINGS.includes(last) || RESERVED_NAMES.some((name) => host === name || host.endsWith(`.${name}`));
}

/** Said once in the build's summary when the site's address is a placeholder. */
export function placeholderUrlNotice(url: string): string {
  return (
    `The site's url ${url} is a placeholder that reaches nobody, so nothing points readers to it: no QR codes, ` +
    'printed addresses, canonical links, share-preview addresses or sitemap entries were made. ' +
    'Set url in site.yaml to the address the site is published at (npm run edition takes --url).'
  );
}

/** The site's address as printed and linked from copies: undefined when it is a placeholder. */
export function publicUrl(url: string): string | undefined {
  return isPlaceholderUrl(url) ? undefined : url;
}
