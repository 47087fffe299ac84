import type { ReportModel } from '../../../core/report/report-model.js';
import { writeFileAtomic } from '../../write/write-file-atomic.js';
import { renderPdf } from './render-pdf.js';

/** Renders the report model as a PDF and writes it atomically to `path`. */
export async function writePdf(model: ReportModel, path: string): Promise<void> {
  await writeFileAtomic(path, await renderPdf(model));
}
