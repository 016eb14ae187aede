// A Sätteri HTML-tree plugin: each link from an article to another page of the site carries that
// page's public address in short form (data-print-url), which the print stylesheet writes out after
// the link. Links to a part of a page (#…), such as glossary terms, stay as they are: on paper they
// would only add noise. A site whose address is a placeholder prints none.
import type { HastPluginDefinition } from 'satteri';
import { isPlaceholderUrl } from '../../core/placeholder-url.ts';

export function printAddresses(siteUrl: string): HastPluginDefinition {
  const host = new URL(siteUrl).host;
  return {
    name: 'print-addresses',
    element: {
      filter: ['a'],
      visit(link, ctx) {
        if (isPlaceholderUrl(siteUrl)) return;
        const href = link.properties?.href;
        if (typeof href === 'string' && href.startsWith('/') && !href.includes('#')) ctx.setProperty(link, 'dataPrintUrl', `${host}${href}`);
      },
    },
  };
}
