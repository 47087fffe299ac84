import type { ReportModel } from '../../../core/report/report-model.js';
import { addAdviceSheet } from './add-advice-sheet.js';
import { addChartDataSheet } from './add-chart-data-sheet.js';
import { addMethodSheet } from './add-method-sheet.js';
import { addSectionSheet } from './add-section-sheet.js';
import { addSummarySheet } from './add-summary-sheet.js';
import { isoDateToUtc } from './excel-value.js';
import { deflateStoredZip } from './deflate-zip.js';
import { loadExcelWriter, type ExcelModule } from './load-excel-writer.js';
import { sheetNamer } from './sheet-namer.js';
import { printFrame } from './print-frame.js';
import { tableNamer } from './table-namer.js';
import type { TableContext } from './write-table.js';

/**
 * Renders the report model as an .xlsx workbook: a summary sheet, one sheet per section, the
 * charts' data, the advice and the method. It lays the model out and computes nothing; the
 * workbook's dates come from `generatedOn`, so the same model gives the same content. `excel` is
 * the exceljs module to write with (default: the fast-loading build of load-excel-writer).
 */
export async function renderWorkbook(model: ReportModel, excel?: ExcelModule): Promise<Buffer> {
  const generatedOn = isoDateToUtc(model.generatedOn);
  if (!generatedOn) throw new Error(`Report model has an invalid generatedOn date: ${JSON.stringify(model.generatedOn)}`);
  const ExcelJS = excel ?? loadExcelWriter();
  const workbook = new ExcelJS.Workbook();
  workbook.title = model.title;
  workbook.subject = model.subtitle;
  workbook.creator = 'mobiscan';
  workbook.lastModifiedBy = 'mobiscan';
  workbook.created = generatedOn;
  workbook.modified = generatedOn;

  const { labels } = model;
  const context: TableContext = {
    lang: model.lang,
    suppressedLabel: labels.suppressed,
    suppressedNote: labels.suppressedNote,
    tableName: tableNamer(),
    statusWords: labels.statusWords,
  };
  const name = sheetNamer();
  addSummarySheet(workbook, name(labels.summary), model, context);
  for (const section of model.sections) addSectionSheet(workbook, name(section.title), section, context);
  if (model.charts.length > 0) addChartDataSheet(workbook, name(labels.charts), { title: labels.charts, markers: labels.chartMarkers }, model.charts, context);
  // an alliance report has no advice of its own: no empty sheet for it
  if (model.kind === 'company' || model.advice.length > 0) addAdviceSheet(workbook, name(labels.advice), model, context);
  addMethodSheet(workbook, name(labels.method), model, context);
  workbook.eachSheet((sheet) => {
    sheet.headerFooter = printFrame(model);
  });

  // stored by exceljs, compressed by Node's zlib: the same workbook at a fraction of the CPU time
  return deflateStoredZip(Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } })));
}
