import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fonts } from './pdf-theme.js';
import { woffToSfnt } from './woff-to-sfnt.js';

const require = createRequire(import.meta.url);

/** Paths of the embedded Inter fonts (OFL, latin subset: all Dutch letters and the euro sign). */
export function fontPaths(): { regular: string; bold: string } {
  return {
    regular: require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff'),
    bold: require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff'),
  };
}

let unpacked: { regular: Buffer; bold: Buffer } | undefined;

/** The fonts as sfnt bytes, unpacked once per process. */
export function fontBytes(): { regular: Buffer; bold: Buffer } {
  if (!unpacked) {
    const paths = fontPaths();
    // Without GSUB, fontkit shapes text several times faster; reports lose only ligatures and contextual alternates.
    const dropTables = ['GSUB'];
    unpacked = { regular: woffToSfnt(readFileSync(paths.regular), { dropTables }), bold: woffToSfnt(readFileSync(paths.bold), { dropTables }) };
  }
  return unpacked;
}

/** Registers Inter regular and bold with the document under the names in `fonts`. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const bytes = fontBytes();
  doc.registerFont(fonts.regular, bytes.regular);
  doc.registerFont(fonts.bold, bytes.bold);
  doc.font(fonts.regular);
}
