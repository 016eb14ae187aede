// A Sätteri HTML-tree plugin: gives each table cell the name of its column (data-label), so on a
// narrow screen the stylesheet can stack a row into labelled lines instead of scrolling sideways.
import type { HastPluginDefinition } from 'satteri';

type Node = { type: string; tagName?: string; children?: Node[] };

const elements = (node: Node, tagName: string): Node[] =>
  (node.children ?? []).filter((child) => child.type === 'element' && child.tagName === tagName);

export const tableCellLabels: HastPluginDefinition = {
  name: 'table-cell-labels',
  element: {
    filter: ['table'],
    visit(table, ctx) {
      const [head] = elements(table as Node, 'thead');
      const [headRow] = head ? elements(head, 'tr') : [];
      if (!headRow) return;
      const labels = elements(headRow, 'th').map((th) => ctx.textContent(th as never).trim());
      for (const body of elements(table as Node, 'tbody')) {
        for (const row of elements(body, 'tr')) {
          elements(row, 'td').forEach((cell, column) => {
            if (labels[column]) ctx.setProperty(cell as never, 'dataLabel', labels[column]);
          });
        }
      }
    },
  },
};
