#!/usr/bin/env node
/**
 * Derives data/fonts/inter-kerning.json: the kerning of the report's Inter fonts (latin subset,
 * regular and bold, from @fontsource/inter) as TrueType 'kern' tables, one per font. Not run at
 * build or run time: the output is committed.
 *
 * Why: the fonts kern through their GPOS table, and fontkit applies GPOS to every new word at
 * about 0.15 ms a word, a quarter of a report's PDF time. The same kerning as a 'kern' table is
 * a lookup (src/adapters/report/pdf/load-fonts.ts). The pairs are measured with fontkit itself:
 * every pair of characters the font maps is laid out through GPOS and its adjustment kept when
 * not zero. A pair before a space is measured after a letter ('n. '), as in running text: Inter
 * kerns a few such pairs by context (bold '. ' at the start of a text differs from 'd. '), which
 * a pair table cannot express; the table follows the context text has. Each font's SHA-256 is
 * stored beside its table; a font that differs (another @fontsource/inter version) keeps its GPOS
 * kerning, and a test compares the two on report text.
 *
 *   npm run build && node scripts/derive-font-kerning.mjs
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const require = createRequire(import.meta.url);
const fontkit = require('fontkit');
const { fontPaths } = await import(resolve(root, 'dist/adapters/report/pdf/load-fonts.js'));
const { woffToSfnt } = await import(resolve(root, 'dist/adapters/report/pdf/woff-to-sfnt.js'));
const { kernTable } = await import(resolve(root, 'dist/adapters/report/pdf/kern-table.js'));
const { version } = require('@fontsource/inter/package.json');

const fonts = {};
for (const path of Object.values(fontPaths())) {
  const woff = readFileSync(path);
  const font = fontkit.create(woffToSfnt(woff, { dropTables: ['GSUB'] }));
  const glyphOf = new Map();
  for (const cp of font.characterSet) {
    const glyph = font.glyphForCodePoint(cp);
    if (glyph.id !== 0 && !glyphOf.has(glyph.id)) glyphOf.set(glyph.id, cp);
  }
  const pairs = [];
  for (const [left, a] of glyphOf) {
    for (const [right, b] of glyphOf) {
      const before = b === 0x20 ? 'n' : '';
      const run = font.layout(before + String.fromCodePoint(a, b));
      const at = before.length;
      if (run.glyphs.length !== at + 2 || run.glyphs[at].id !== left || run.glyphs[at + 1].id !== right) continue;
      const value = run.positions[at].xAdvance - run.glyphs[at].advanceWidth;
      if (value !== 0) pairs.push({ left, right, value });
    }
  }
  fonts[basename(path)] = {
    sha256: createHash('sha256').update(woff).digest('hex'),
    pairs: pairs.length,
    kern: kernTable(pairs).toString('base64'),
  };
  console.log(`${basename(path)}: ${glyphOf.size} glyphs, ${pairs.length} kerning pairs`);
}

const out = resolve(root, 'data/fonts/inter-kerning.json');
mkdirSync(resolve(root, 'data/fonts'), { recursive: true });
const about = `The GPOS kerning of Inter (latin subset) from @fontsource/inter ${version}, as TrueType kern tables (base64), derived by scripts/derive-font-kerning.mjs. Inter: copyright The Inter Project Authors, SIL Open Font License 1.1.`;
writeFileSync(out, `${JSON.stringify({ about, fonts }, null, 1)}\n`);
console.log(`wrote ${out}`);
