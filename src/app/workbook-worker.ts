import { answerTasks } from '../adapters/workers/answer-tasks.js';
import { loadExcelWriter } from '../adapters/report/xlsx/load-excel-writer.js';
import { renderWorkbook } from '../adapters/report/xlsx/render-workbook.js';
import type { ReportModel } from '../core/report/report-model.js';

// exceljs loads as soon as the thread starts, while the main thread builds the report model.
loadExcelWriter();

/** The worker thread of `mobiscan report`: renders the workbook of each model it is sent. */
answerTasks<ReportModel>((model) => renderWorkbook(model));
