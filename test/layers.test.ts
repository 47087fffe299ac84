import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every relative import of every file under src/<layer>, as the src-relative folder it lands in. */
function importsOf(layer: string): Array<{ file: string; target: string }> {
  return sourceFiles(join(SRC, layer)).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => ({
      file: relative(SRC, file),
      target: relative(SRC, resolve(dirname(file), m[1]!)),
    }));
  });
}

const into = (layers: string[]) => (i: { target: string }) => layers.some((l) => i.target === l || i.target.startsWith(`${l}/`));

describe('the layers import downwards only (cli -> app -> adapters -> core)', () => {
  it('src/app never imports src/cli (the demo and batch call use cases, not commands)', () => {
    expect(importsOf('app').filter(into(['cli']))).toEqual([]);
  });
  it('src/adapters never imports src/app or src/cli', () => {
    expect(importsOf('adapters').filter(into(['app', 'cli']))).toEqual([]);
  });
  it('src/core imports nothing outside src/core', () => {
    expect(importsOf('core').filter(into(['app', 'cli', 'adapters']))).toEqual([]);
  });
});
