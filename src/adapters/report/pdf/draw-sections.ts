import type { Section } from '../../../core/report/report-model.js';
import type { PdfContext } from './pdf-context.js';
import { drawTable, tableStartHeight } from './draw-table.js';
import { measureText } from './draw-text.js';
import { pdfTable } from './pdf-table.js';
import { drawParagraph, openPart } from './page-flow.js';
import { contentWidth, sizes } from './pdf-theme.js';

/**
 * The data sections in reading order, each below what comes before it (the advice, the section
 * before) when its heading, intro and the start of its first table fit there, else on a new page:
 * a heading never stands alone at the foot of a page, and no page is left half empty for want
 * of trying.
 */
export function drawSections(ctx: PdfContext, sections: Section[]): void {
  sections.forEach((section, index) => {
    const tables = section.tables.filter((x) => !x.excelOnly).map(pdfTable);
    const showTitle = (title: string): boolean => title !== section.title;
    const intro = section.intro.reduce((h, p) => h + measureText(ctx, p, { width: contentWidth, size: sizes.body, lineGap: 2.5 }) + 6, 0);
    const first = tables[0];
    openPart(ctx, section.title, intro + (first ? tableStartHeight(ctx, first, showTitle(first.title)) : 0));
    for (const paragraph of section.intro) drawParagraph(ctx, paragraph);
    for (const table of tables) drawTable(ctx, table, { showTitle: showTitle(table.title) });
  });
}
