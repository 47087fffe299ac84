import type { ReportModel } from '../core/report/report-model.js';
import type { ReportFormat } from './report-files.js';

/** Renders a report model in one format; the writer of that format loads on first use. */
export async function renderReportFile(model: ReportModel, format: ReportFormat): Promise<Buffer> {
  if (format === 'xlsx') {
    const { renderWorkbook } = await import('../adapters/report/xlsx/render-workbook.js');
    return renderWorkbook(model);
  }
  const { renderPdf } = await import('../adapters/report/pdf/render-pdf.js');
  return renderPdf(model);
}
