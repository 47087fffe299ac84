import type { HeaderFooter } from 'exceljs';
import type { ReportModel } from '../../../core/report/report-model.js';

/** Text as Excel's header and footer codes read it: '&' starts a code, so a literal one is doubled. */
function literal(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * The printed header (report title left, sheet name right) and footer (confidentiality note left,
 * 'pagina 3 van 12' right) of every sheet, like the PDF's running header and footer.
 */
export function printFrame(model: ReportModel): Partial<HeaderFooter> {
  const { labels } = model;
  const header = `&L${literal(model.title)}&R&A`;
  const footer = `&L&8${literal(labels.confidentialityNote)}&R${literal(labels.page)} &P ${literal(labels.of)} &N`;
  return { oddHeader: header, oddFooter: footer };
}
