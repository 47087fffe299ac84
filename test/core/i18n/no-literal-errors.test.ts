import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');

/** The folders whose errors a user reads and that now speak through the language layer. */
const FOLDERS = ['app', 'cli', 'adapters/store', 'adapters/config', 'core/workspace', 'core/settings'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('user errors go through the language layer', () => {
  it('no InputError, UsageError or ConfigError is made from a string or template literal (it would be English in a Dutch run)', () => {
    const offenders: string[] = [];
    for (const folder of FOLDERS) {
      for (const file of sources(join(SRC, folder))) {
        const code = readFileSync(file, 'utf8');
        for (const match of code.matchAll(/new (InputError|UsageError|ConfigError)\(\s*[`'"]/g)) {
          const line = code.slice(0, match.index).split('\n').length;
          offenders.push(`${relative(SRC, file)}:${line}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('finds a literal error when there is one (the pattern is not blind)', () => {
    expect("throw new UsageError(\n  'missing --kind')").toMatch(/new (InputError|UsageError|ConfigError)\(\s*[`'"]/);
  });
});
