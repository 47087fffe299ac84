import { createRequire } from 'node:module';
import { fonts } from './pdf-theme.js';

const require = createRequire(import.meta.url);

/** Paths of the embedded Inter fonts (OFL, latin subset: all Dutch letters and the euro sign). */
export function fontPaths(): { regular: string; bold: string } {
  return {
    regular: require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff'),
    bold: require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff'),
  };
}

/** Registers Inter regular and bold with the document under the names in `fonts`. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const paths = fontPaths();
  doc.registerFont(fonts.regular, paths.regular);
  doc.registerFont(fonts.bold, paths.bold);
  doc.font(fonts.regular);
}
