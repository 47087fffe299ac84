import type { ReportModel } from '../../../core/report/report-model.js';

/**
 * How drawn text enters the tagged PDF's structure: as its own element under the current parent
 * ('tag'), as part of a figure that carries one alternative text ('figure'), or as an artifact
 * that a screen reader skips (running headers and footers).
 */
export type TagMode = 'tag' | 'figure' | 'artifact';

/** Everything a drawing module needs: the document, the model and the bookkeeping of pages. */
export interface PdfContext {
  doc: PDFKit.PDFDocument;
  model: ReportModel;
  /** Called with every string drawn and its page, 1 for the cover (tests use it to check what the reader sees, and where). */
  onText: (text: string, page: number) => void;
  /** The number of each page, 1 for the cover: text drawn on a page after the others (a footer) still finds its page. */
  pageNumbers: WeakMap<object, number>;
  /** The part (chapter) now being drawn; the running header shows it. */
  part: string;
  /** The part each page belongs to, by page index. */
  pageParts: string[];
  /** Where each part starts, for the contents list on the cover (and its link target). */
  contents: { title: string; pageIndex: number; destination: string }[];
  /** The structure elements text is added to, innermost last (Document, Sect, Table, TR). */
  structure: PDFKit.PDFStructureElement[];
  tagMode: TagMode;
  /** Where the pen stood right after the last part's heading: opening that part again there does nothing. */
  freshPartY: number | null;
  /** Heights of text already measured in a style (measureText), by style and text. */
  measured: Map<string, number>;
}

/** Creates the context, the document's root structure element, and tracks which part each new page belongs to. */
export function createContext(doc: PDFKit.PDFDocument, model: ReportModel, onText: (text: string, page: number) => void = () => {}): PdfContext {
  const root = doc.struct('Document');
  doc.addStructure(root);
  const ctx: PdfContext = { doc, model, onText, part: '', pageParts: [], contents: [], structure: [root], tagMode: 'tag', freshPartY: null, pageNumbers: new WeakMap(), measured: new Map() };
  // Pages pdfkit adds itself (a paragraph flowing over) belong to the current part as well.
  doc.on('pageAdded', () => {
    ctx.pageParts.push(ctx.part);
    ctx.pageNumbers.set(doc.page, ctx.pageParts.length);
  });
  return ctx;
}

/** Runs `draw` with a structure element (Sect, Table, TR) as the parent of what it draws. */
export function within(ctx: PdfContext, type: string, draw: () => void, options: { parent?: PDFKit.PDFStructureElement } = {}): PDFKit.PDFStructureElement {
  const element = ctx.doc.struct(type);
  (options.parent ?? ctx.structure.at(-1)!).add(element);
  ctx.structure.push(element);
  try {
    draw();
  } finally {
    ctx.structure.pop();
    element.end();
  }
  return element;
}

/** Opens a section element for a new part; it stays the parent of what follows until the next part. */
export function openSection(ctx: PdfContext): void {
  const root = ctx.structure[0]!;
  for (const open of ctx.structure.splice(1)) open.end();
  const section = ctx.doc.struct('Sect');
  root.add(section);
  ctx.structure.push(section);
}

/**
 * Draws a figure (a chart, the map) as one Figure element with an alternative text: its own
 * text is part of the picture, not read out piece by piece.
 */
export function figure(ctx: PdfContext, alt: string, draw: () => void, options: { parent?: PDFKit.PDFStructureElement } = {}): void {
  if (ctx.tagMode !== 'tag') return draw();
  const previous = ctx.tagMode;
  const element = ctx.doc.struct('Figure', { alt }, () => {
    ctx.tagMode = 'figure';
    try {
      draw();
    } finally {
      ctx.tagMode = previous;
    }
  });
  (options.parent ?? ctx.structure.at(-1)!).add(element);
  element.end();
}

/** Draws page furniture (running header, footer, decoration) as an artifact. */
export function artifact(ctx: PdfContext, draw: () => void): void {
  // Inside a figure or an artifact already: marking again would close the figure's marked content.
  if (ctx.tagMode !== 'tag') return draw();
  const previous = ctx.tagMode;
  ctx.doc.markContent('Artifact');
  ctx.tagMode = 'artifact';
  try {
    draw();
  } finally {
    ctx.tagMode = previous;
    ctx.doc.endMarkedContent();
  }
}
