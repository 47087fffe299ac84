import type { Section } from '../../../core/report/report-model.js';
import type { PdfContext } from './pdf-context.js';
import { drawTable, tableStartHeight } from './draw-table.js';
import { measureText } from './draw-text.js';
import { pdfTable } from './pdf-table.js';
import { drawParagraph, newPage, openPart } from './page-flow.js';
import { contentWidth, sizes } from './pdf-theme.js';

/**
 * The data sections in reading order: the first on a new page, the next ones below the one
 * before when their heading, intro and the start of their first table fit there (so a heading
 * never stands alone at the foot of a page, and no page is left half empty for want of trying).
 */
export function drawSections(ctx: PdfContext, sections: Section[]): void {
  sections.forEach((section, index) => {
    const tables = section.tables.filter((x) => !x.excelOnly).map(pdfTable);
    const showTitle = (title: string): boolean => title !== section.title;
    if (index === 0) newPage(ctx, section.title);
    else {
      const intro = section.intro.reduce((h, p) => h + measureText(ctx, p, { width: contentWidth, size: sizes.body, lineGap: 2.5 }) + 6, 0);
      const first = tables[0];
      openPart(ctx, section.title, intro + (first ? tableStartHeight(ctx, first, showTitle(first.title)) : 0));
    }
    for (const paragraph of section.intro) drawParagraph(ctx, paragraph);
    for (const table of tables) drawTable(ctx, table, { showTitle: showTitle(table.title) });
  });
}
