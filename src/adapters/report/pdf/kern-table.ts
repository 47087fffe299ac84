/** One kerning pair: the glyph ids left and right, and the adjustment in font units. */
export interface KernPair {
  left: number;
  right: number;
  value: number;
}

/**
 * A TrueType 'kern' table (version 0, one format-0 subtable per 10,000 pairs, horizontal):
 * https://learn.microsoft.com/typography/opentype/spec/kern. Pairs are sorted by left, then right
 * glyph, as readers binary-search them. fontkit applies such a table by lookup, several times
 * faster than it applies the same kerning from a GPOS table (load-fonts.ts).
 */
export function kernTable(pairs: readonly KernPair[]): Buffer {
  const sorted = [...pairs].sort((a, b) => a.left - b.left || a.right - b.right);
  const chunks: KernPair[][] = [];
  // a subtable's length is a 16-bit field: at most (65535 - 14) / 6 pairs in one
  for (let i = 0; i < sorted.length; i += 10_000) chunks.push(sorted.slice(i, i + 10_000));
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0, 0); // version
  header.writeUInt16BE(chunks.length, 2);
  const subtables = chunks.map((chunk) => {
    const sub = Buffer.alloc(14 + chunk.length * 6);
    let pow = 1;
    while (pow * 2 <= chunk.length) pow *= 2;
    sub.writeUInt16BE(0, 0); // subtable version
    sub.writeUInt16BE(sub.length, 2);
    sub.writeUInt16BE(0x0001, 4); // format 0, horizontal
    sub.writeUInt16BE(chunk.length, 6);
    sub.writeUInt16BE(pow * 6, 8); // searchRange
    sub.writeUInt16BE(Math.log2(pow), 10); // entrySelector
    sub.writeUInt16BE((chunk.length - pow) * 6, 12); // rangeShift
    chunk.forEach((pair, i) => {
      sub.writeUInt16BE(pair.left, 14 + i * 6);
      sub.writeUInt16BE(pair.right, 16 + i * 6);
      sub.writeInt16BE(pair.value, 18 + i * 6);
    });
    return sub;
  });
  return Buffer.concat([header, ...subtables]);
}
