import type { ReportModel } from '../../../core/report/report-model.js';
import { writeFileAtomic } from '../../write/write-file-atomic.js';
import { renderWorkbook } from './render-workbook.js';

/** Renders the report model as a workbook and writes it to `path` atomically (all or nothing). */
export async function writeWorkbook(model: ReportModel, path: string): Promise<void> {
  await writeFileAtomic(path, await renderWorkbook(model));
}
