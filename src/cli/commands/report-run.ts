import { cliLang, cliT } from '../cli-lang.js';
import { join } from 'node:path';
import { companyReportModel, type ReportResources } from '../../app/company-report.js';
import { loadReportResources, parseReportOptions, reportsDir, writeReportFiles, type ReportFormat } from '../../app/report-files.js';
import { startPdfThread, type PdfThread } from '../../app/pdf-thread.js';
import type { Lang } from '../../core/report/report-model.js';
import { checkOutputFolder } from '../../adapters/write/check-output-paths.js';
import { UsageError } from '../../core/errors.js';
import type { Output } from '../output.js';
import { printNext } from '../render/next-step.js';
import { firstContactMessages } from './first-contact-messages.js';
import { outputMessages } from './output-messages.js';
import { text } from '../../core/i18n/index.js';
import { openFoundWorkspace } from '../../app/workspace/use-workspace.js';
import type { ReportFlags } from './report.js';

/** Runs `mobiscan report`: builds each requested report model and writes its files. */
export async function runReport(out: Output, flags: ReportFlags): Promise<number> {
  const { lang, formats } = parseReportOptions(flags.format, cliLang());
  if (!flags.company?.length && !flags.alliance) throw new UsageError(text(outputMessages, 'reportNeedsCompany'), text(outputMessages, 'reportNeedsCompanyHint'));
  // Both formats: the PDF renders on a second thread, started first so pdfkit loads meanwhile.
  const pdfThread = formats.length > 1 ? startPdfThread() : undefined;
  try {
    return await writeReports(out, flags, lang, formats, pdfThread);
  } finally {
    await pdfThread?.close();
  }
}

/** Builds each requested report model and writes its files (the PDFs on the thread when given). */
async function writeReports(out: Output, flags: ReportFlags, lang: Lang, formats: ReportFormat[], pdfThread: PdfThread | undefined): Promise<number> {
  const resources: ReportResources = await loadReportResources(lang, flags.dataDir);
  const ws = await openFoundWorkspace(flags.workspace, out);
  const written: string[] = [];
  const outDir = reportsDir(flags.out, ws.dir);
  try {
    checkOutputFolder('--out', outDir);
    for (const id of flags.company ?? []) {
      const model = companyReportModel(ws, id, resources);
      written.push(...(await writeReportFiles(model, outDir, formats, pdfThread)));
    }
    if (flags.alliance) {
      const { allianceReportModel } = await import('../../app/alliance-report.js');
      written.push(...(await writeReportFiles(allianceReportModel(ws, resources), outDir, formats, pdfThread)));
    }
  } finally {
    ws.close();
  }
  out.result({ files: written.map((f) => join(f)) }, () => written.map((f) => cliT(outputMessages)('written', { file: f })).join('\n'));
  const shown = written.find((f) => f.endsWith('.pdf')) ?? written[0];
  if (shown) printNext(out, cliT(firstContactMessages)(flags.alliance ? 'nextOpen' : 'nextOpenAlliance', { file: shown }));
  return 0;
}
