import { createRequire } from 'node:module';
import type PDFDocumentClass from 'pdfkit';
import type { ReportModel } from '../../../core/report/report-model.js';
import { createContext, figure, type PdfContext } from './pdf-context.js';
import { drawAdvice } from './draw-advice.js';
import { drawCharts } from './draw-charts.js';
import { drawContents, drawCover } from './draw-cover.js';
import { drawGoals } from './draw-goals.js';
import { drawKeyFigures } from './draw-key-figures.js';
import { drawMap } from './draw-map.js';
import { drawMethod } from './draw-method.js';
import { drawPageFrames } from './draw-page-frame.js';
import { drawSections } from './draw-sections.js';
import { drawSummary } from './draw-summary.js';
import { fontBytes, registerFonts } from './load-fonts.js';
import { newPage } from './page-flow.js';
import { page } from './pdf-theme.js';

/** Options for tests and debugging; the defaults make the real report. */
export interface RenderPdfOptions {
  /** Compress page streams (default true); tests may turn it off to read the raw PDF. */
  compress?: boolean;
  /** Called with every string drawn, in drawing order, with its page (1 for the cover). */
  onText?: (text: string, page: number) => void;
}

function drawFigures(ctx: PdfContext): void {
  const { keyFigures, goals, labels } = ctx.model;
  if (keyFigures.length === 0 && goals.length === 0) return;
  newPage(ctx, keyFigures.length > 0 ? labels.keyFigures : labels.goals);
  drawKeyFigures(ctx, keyFigures);
  drawGoals(ctx, labels.goals, goals);
}

/** The map as one figure with its alternative text, in a part of its own. */
function drawMapFigure(ctx: PdfContext): void {
  const { map, labels } = ctx.model;
  if (!map || (map.locations.length === 0 && map.cells.length === 0)) return;
  // The part opens first, so the figure lies inside it and drawMap finds its page already open.
  newPage(ctx, labels.map);
  figure(ctx, map.alt ?? map.title, () => drawMap(ctx, map));
}

let pdfkit: typeof PDFDocumentClass | undefined;

/**
 * pdfkit, loaded on first use. Required, not imported: an import first scans pdfkit's CommonJS
 * file for its export names (about 60 ms of a report, bench/report).
 */
function loadPdfkit(): typeof PDFDocumentClass {
  pdfkit ??= createRequire(import.meta.url)('pdfkit') as typeof PDFDocumentClass;
  return pdfkit;
}

/** Loads pdfkit and unpacks the fonts ahead of the first report (a thread that waits for a model). */
export async function preparePdf(): Promise<void> {
  loadPdfkit();
  fontBytes();
}

/**
 * Renders the report model as an A4 PDF: cover, key figures and goals, charts, map, advice, data
 * sections and the method appendix, with embedded Inter fonts and 'pagina 3 van 12' footers.
 * The same model always gives the same bytes (the creation date is the model's date).
 */
export async function renderPdf(model: ReportModel, options: RenderPdfOptions = {}): Promise<Buffer> {
  const PDFDocument = loadPdfkit();
  const created = new Date(`${model.generatedOn}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    // no Helvetica: the report's own fonts are registered next (saves loading its metrics)
    font: '',
    margins: { top: page.top, bottom: page.bottom, left: page.left, right: page.right },
    autoFirstPage: false,
    bufferPages: true,
    compress: options.compress ?? true,
    // A tagged PDF (structure, alternative texts, artifacts) for screen readers; 1.7 for the structure features.
    tagged: true,
    pdfVersion: '1.7',
    lang: model.lang === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: { Title: model.title, Subject: model.subtitle, Author: 'mobiscan', Creator: 'mobiscan', CreationDate: Number.isNaN(created.getTime()) ? new Date(0) : created },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  const ctx = createContext(doc, model, options.onText);
  drawCover(ctx);
  drawSummary(ctx, model.summary);
  drawFigures(ctx);
  drawCharts(ctx);
  drawMapFigure(ctx);
  drawAdvice(ctx, model.advice);
  drawSections(ctx, model.sections);
  drawMethod(ctx);
  drawContents(ctx);
  drawPageFrames(ctx);
  for (const open of ctx.structure.splice(0).reverse()) open.end();
  doc.end();
  return done;
}
