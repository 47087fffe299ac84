import type { Section } from '../../../core/report/report-model.js';
import type { PdfContext } from './pdf-context.js';
import { drawTable } from './draw-table.js';
import { pdfTable } from './pdf-table.js';
import { drawParagraph, newPage, openPart } from './page-flow.js';

/** The data sections in reading order: the first on a new page, the next ones below it when they fit. */
export function drawSections(ctx: PdfContext, sections: Section[]): void {
  sections.forEach((section, index) => {
    if (index === 0) newPage(ctx, section.title);
    else openPart(ctx, section.title);
    for (const paragraph of section.intro) drawParagraph(ctx, paragraph);
    for (const table of section.tables.filter((x) => !x.excelOnly)) drawTable(ctx, pdfTable(table), { showTitle: table.title !== section.title });
  });
}
