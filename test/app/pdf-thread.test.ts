import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/adapters/report/pdf/render-pdf.js';
import type { ReportModel } from '../../src/core/report/report-model.js';
import { ROOT } from '../cli/e2e/run-cli.js';
import { sampleModel } from '../fixtures/report/sample-model.js';

// The thread runs the built code (npm test builds first), as `mobiscan report` does.
const { startPdfThread } = (await import(pathToFileURL(join(ROOT, 'dist/app/pdf-thread.js')).href)) as typeof import('../../src/app/pdf-thread.js');

describe('the PDF thread of mobiscan report', () => {
  it('renders the same PDF as this thread does', async () => {
    const thread = startPdfThread();
    expect(thread).toBeDefined();
    try {
      const [there, here] = await Promise.all([thread!.render(sampleModel), renderPdf(sampleModel)]);
      expect(Buffer.isBuffer(there)).toBe(true);
      expect(there.subarray(0, 5).toString()).toBe('%PDF-');
      expect(there.equals(here)).toBe(true);
    } finally {
      await thread!.close();
    }
  });

  it('passes a rendering error back as an error of this thread, and stays usable', async () => {
    const thread = startPdfThread()!;
    try {
      const broken = { ...sampleModel, sections: null } as unknown as ReportModel;
      await expect(thread.render(broken)).rejects.toThrow();
      expect((await thread.render(sampleModel)).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await thread.close();
    }
  });
});
