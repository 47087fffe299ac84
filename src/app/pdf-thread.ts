import { rebuildError } from '../adapters/workers/rebuild-error.js';
import { createWorkerPool } from '../adapters/workers/worker-pool.js';
import { workerScript } from '../adapters/workers/worker-script.js';
import type { ReportModel } from '../core/report/report-model.js';

/** Renders report PDFs on a thread of its own; close it when the run is done. */
export interface PdfThread {
  render(model: ReportModel): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Starts a worker thread that renders report PDFs, so a report's PDF and workbook are made at the
 * same time on two cores, and pdfkit loads while this thread still builds the model (bench/report).
 * Undefined where the built worker script is absent (tests run the TypeScript source): render here.
 */
export function startPdfThread(): PdfThread | undefined {
  const script = workerScript('pdf-worker');
  if (!script) return undefined;
  const pool = createWorkerPool<ReportModel, Uint8Array>(script, 1, rebuildError);
  return {
    // a Buffer crosses threads as a plain Uint8Array; wrap it again without copying
    render: async (model) => {
      const bytes = await pool.run(model);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    close: () => pool.close(),
  };
}
