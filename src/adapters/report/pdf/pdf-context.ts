import type { ReportModel } from '../../../core/report/report-model.js';

/** Everything a drawing module needs: the document, the model and the bookkeeping of pages. */
export interface PdfContext {
  doc: PDFKit.PDFDocument;
  model: ReportModel;
  /** Called with every string drawn (tests use it to check what the reader sees). */
  onText: (text: string) => void;
  /** The part (chapter) now being drawn; the running header shows it. */
  part: string;
  /** The part each page belongs to, by page index. */
  pageParts: string[];
  /** Where each part starts, for the contents list on the cover. */
  contents: { title: string; pageIndex: number }[];
}

/** Creates the context and starts tracking which part each new page belongs to. */
export function createContext(doc: PDFKit.PDFDocument, model: ReportModel, onText: (text: string) => void = () => {}): PdfContext {
  const ctx: PdfContext = { doc, model, onText, part: '', pageParts: [], contents: [] };
  // Pages pdfkit adds itself (a paragraph flowing over) belong to the current part as well.
  doc.on('pageAdded', () => ctx.pageParts.push(ctx.part));
  return ctx;
}
