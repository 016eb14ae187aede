// A Sätteri HTML-tree plugin: a Markdown task list ("- [ ] Keep the receipt") becomes a list of empty
// boxes to tick on paper. A disabled checkbox with no label would be noise to a screen reader and
// cannot be ticked on screen anyway, so each becomes a drawn box that assistive technology skips.
import type { HastPluginDefinition } from 'satteri';

export const tickBoxes: HastPluginDefinition = {
  name: 'tick-boxes',
  element: {
    filter: ['input'],
    visit(input, ctx) {
      if (input.properties?.type !== 'checkbox') return;
      ctx.replaceNode(input, { type: 'element', tagName: 'span', properties: { className: ['box'], ariaHidden: 'true' }, children: [] });
    },
  },
};
