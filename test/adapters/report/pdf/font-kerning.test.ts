import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../src/adapters/report/pdf/render-pdf.js';
import { kernTable, type KernPair } from '../../../../src/adapters/report/pdf/kern-table.js';
import { fontPaths, unpackFont } from '../../../../src/adapters/report/pdf/load-fonts.js';
import { woffToSfnt } from '../../../../src/adapters/report/pdf/woff-to-sfnt.js';
import { sampleModel } from '../../../fixtures/report/sample-model.js';

/** The bits of fontkit these tests read (it ships no types). */
interface Run {
  glyphs: { id: number; advanceWidth: number }[];
  positions: { xAdvance: number }[];
}
interface Font {
  layout(text: string): Run;
  glyphForCodePoint(cp: number): { id: number; advanceWidth: number };
  directory: { tables: Record<string, unknown> };
  unitsPerEm: number;
}
const fontkit = createRequire(import.meta.url)('fontkit') as { create(bytes: Buffer): Font };

const advances = (run: Run): number[] => run.positions.map((p) => p.xAdvance);

describe('kernTable', () => {
  const woff = readFileSync(fontPaths().regular);
  const plain = fontkit.create(woffToSfnt(woff, { dropTables: ['GSUB', 'GPOS'] }));
  const id = (ch: string): number => plain.glyphForCodePoint(ch.codePointAt(0)!).id;

  it('is applied by fontkit: the pairs it holds, in any order, and nothing else', () => {
    const pairs: KernPair[] = [
      { left: id('V'), right: id('A'), value: -90 },
      { left: id('A'), right: id('V'), value: -120 },
    ];
    const font = fontkit.create(woffToSfnt(woff, { dropTables: ['GSUB', 'GPOS'], addTables: { kern: kernTable(pairs) } }));
    expect(advances(font.layout('AVA'))).toEqual([plain.glyphForCodePoint(65).advanceWidth - 120, plain.glyphForCodePoint(86).advanceWidth - 90, plain.glyphForCodePoint(65).advanceWidth]);
    expect(advances(font.layout('xo'))).toEqual(advances(plain.layout('xo')));
  });

  it('splits more pairs than one subtable holds, and every subtable counts', () => {
    const chars = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?()-éëïöüàèç€'];
    const glyphOf = new Map(chars.map((ch) => [id(ch), ch]));
    const pairs: KernPair[] = [];
    for (const left of glyphOf.keys()) for (const right of glyphOf.keys()) pairs.push({ left, right, value: -((left + right) % 50) - 1 });
    expect(pairs.length).toBeGreaterThan(6000);
    const table = kernTable([...pairs, ...pairs.map((p) => ({ ...p, right: p.right + 1000 }))]);
    expect(table.readUInt16BE(2)).toBeGreaterThan(1);
    const font = fontkit.create(woffToSfnt(woff, { dropTables: ['GSUB', 'GPOS'], addTables: { kern: table } }));
    for (const pair of [pairs[0]!, pairs[Math.floor(pairs.length / 2)]!, pairs.at(-1)!]) {
      const text = glyphOf.get(pair.left)! + glyphOf.get(pair.right)!;
      expect(advances(font.layout(text))[0], text).toBe(advances(plain.layout(text))[0]! + pair.value);
    }
  });
});

describe('the report fonts kern through the derived kern table', () => {
  it('was derived from the installed font files (else: node scripts/derive-font-kerning.mjs)', () => {
    const derived = JSON.parse(readFileSync(new URL('../../../../data/fonts/inter-kerning.json', import.meta.url), 'utf8')) as { fonts: Record<string, { sha256: string }> };
    for (const path of Object.values(fontPaths())) expect(derived.fonts[basename(path)]?.sha256, basename(path)).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
  });

  it('kerns the report text as the GPOS table does: nearly every word exactly, the rest within an eighth of an em', async () => {
    const texts: string[] = [];
    await renderPdf(sampleModel, { onText: (t) => texts.push(t) });
    const words = [...new Set(texts.flatMap((t) => t.split(/(?<= )/)))];
    expect(words.length).toBeGreaterThan(300);
    for (const path of Object.values(fontPaths())) {
      const gpos = fontkit.create(unpackFont(path, 'gpos'));
      const kern = fontkit.create(unpackFont(path, 'kern'));
      expect(gpos.directory.tables.GPOS).toBeDefined();
      expect(kern.directory.tables.GPOS).toBeUndefined();
      let kerned = 0;
      let differing = 0;
      for (const word of words) {
        const [a, b] = [advances(gpos.layout(word)), advances(kern.layout(word))];
        const widths = gpos.layout(word).glyphs.map((g) => g.advanceWidth);
        if (a.some((x, i) => x !== widths[i])) kerned++;
        if (a.some((x, i) => x !== b[i])) differing++;
        a.forEach((x, i) => expect(Math.abs(x - b[i]!), `${word} (${basename(path)})`).toBeLessThanOrEqual(gpos.unitsPerEm / 8));
      }
      // the text is kerned at all, and nearly every word exactly as GPOS kerns it
      expect(kerned).toBeGreaterThan(words.length / 10);
      expect(differing, basename(path)).toBeLessThanOrEqual(words.length / 50);
    }
  });

  it('keeps the GPOS kerning of a font file the table was not derived from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mobiscan-font-'));
    const copy = join(dir, basename(fontPaths().regular));
    copyFileSync(fontPaths().regular, copy);
    appendFileSync(copy, Buffer.from([0, 0, 0, 0]));
    const font = fontkit.create(unpackFont(copy));
    expect(font.directory.tables.GPOS).toBeDefined();
    expect(font.directory.tables.kern).toBeUndefined();
    expect(fontkit.create(unpackFont(fontPaths().regular)).directory.tables.kern).toBeDefined();
  });
});
