import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import { packagePath } from '../../package-path.js';
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

/** data/fonts/inter-kerning.json: per font file, its SHA-256 and its kerning as a 'kern' table. */
interface KerningFile {
  fonts: Record<string, { sha256: string; kern: string }>;
}

/** How a font's kerning is applied: from its GPOS table, or from the derived 'kern' table. */
export type Kerning = 'gpos' | 'kern';

/**
 * A font file as the sfnt bytes pdfkit reads. Without GSUB, fontkit shapes text several times
 * faster; reports lose only ligatures and contextual alternates. With `kerning: 'kern'` the GPOS
 * table gives way to the same kerning as a 'kern' table (scripts/derive-font-kerning.mjs), which
 * fontkit applies by lookup: a quarter of the PDF's time less (bench/report). A font file the
 * table was not derived from keeps its GPOS kerning.
 */
export function unpackFont(path: string, kerning: Kerning = 'kern'): Buffer {
  const woff = readFileSync(path);
  const derived = kerning === 'kern' ? kerningFile().fonts[basename(path)] : undefined;
  if (derived && derived.sha256 === createHash('sha256').update(woff).digest('hex')) {
    return woffToSfnt(woff, { dropTables: ['GSUB', 'GPOS'], addTables: { kern: Buffer.from(derived.kern, 'base64') } });
  }
  return woffToSfnt(woff, { dropTables: ['GSUB'] });
}

let derivedKerning: KerningFile | undefined;

/** The derived kerning, read once per process. */
function kerningFile(): KerningFile {
  if (!derivedKerning) {
    try {
      derivedKerning = JSON.parse(readFileSync(packagePath('data', 'fonts', 'inter-kerning.json'), 'utf8')) as KerningFile;
    } catch {
      derivedKerning = { fonts: {} }; // without the file the fonts kern through GPOS, only slower
    }
  }
  return derivedKerning;
}

let unpacked: { regular: Buffer; bold: Buffer } | undefined;

/** The fonts as sfnt bytes, unpacked once per process. */
export function fontBytes(): { regular: Buffer; bold: Buffer } {
  if (!unpacked) {
    const paths = fontPaths();
    unpacked = { regular: unpackFont(paths.regular), bold: unpackFont(paths.bold) };
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
