import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './run-cli.js';

/** The built CLI copied where no package.json named mobiscan lies above it: a broken installation. */
function brokenCopy(): string {
  const dir = tempDir('broken-install');
  mkdirSync(join(dir, 'dist'));
  cpSync(join(ROOT, 'dist/bundle'), join(dir, 'dist/bundle'), { recursive: true });
  // the packages left out of the bundle are found, so only mobiscan's own files are missing
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return join(dir, 'dist/bundle/cli/main.js');
}

describe('a broken installation', () => {
  const main = brokenCopy();
  const run = (lang: string) => spawnSync(process.execPath, [main, '--version'], { env: { ...process.env, NO_COLOR: '1', MOBISCAN_LANG: lang }, encoding: 'utf8' });

  it('says so in Dutch and what to do, with exit 1 and no stack trace', () => {
    const nl = run('');
    expect(nl.status).toBe(1);
    expect(nl.stderr).toMatch(/^fout: mobiscan is niet goed geïnstalleerd: het kan zijn eigen package.json niet vinden/);
    expect(nl.stderr).toContain('tip: Installeer mobiscan opnieuw');
    expect(nl.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so in English with --lang en', () => {
    const en = run('en');
    expect(en.status).toBe(1);
    expect(en.stderr).toMatch(/^error: mobiscan is not installed properly: it cannot find its own package.json/);
    expect(en.stderr).toContain('hint: Reinstall mobiscan');
  });
});
