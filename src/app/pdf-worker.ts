import { answerTasks } from '../adapters/workers/answer-tasks.js';
import { preparePdf } from '../adapters/report/pdf/render-pdf.js';
import type { ReportModel } from '../core/report/report-model.js';
import { renderReportFile } from './render-report-file.js';

// pdfkit and the fonts load as soon as the thread starts, while the main thread builds the model.
const prepared = preparePdf();

/** The worker thread of `mobiscan report`: renders the PDF of each model it is sent. */
answerTasks<ReportModel>(async (model) => {
  await prepared;
  return renderReportFile(model, 'pdf');
});
