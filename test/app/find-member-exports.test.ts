import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findExportsInManifest, matchExportNames } from '../../src/app/find-member-exports.js';
import { ConfigError } from '../../src/core/errors.js';

const named = (...names: string[]) => names.map((name, i) => ({ name, mtimeMs: i }));

describe('matching exports to members', () => {
  it('lists the exports that belong to no member, and ignores other files', () => {
    const { files, unmatched } = matchExportNames(['asz', 'gemdor'], named('asz.csv', 'gemdor-2026.xlsx', 'gemdro.csv', 'notes.pdf', '.~lock.asz.csv#', 'README.md'));
    expect([...files]).toEqual([['asz', 'asz.csv'], ['gemdor', 'gemdor-2026.xlsx']]);
    expect(unmatched).toEqual(['gemdro.csv']);
  });

  it('reads per-member column mappings from a manifest, as a file or inline, and names non-members', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mobiscan-manifest-'));
    writeFileSync(join(dir, 'asz-columns.json'), JSON.stringify({ roles: { homePostcode: 'PC' } }));
    const manifest = join(dir, 'manifest.json');
    writeFileSync(manifest, JSON.stringify({ members: [
      { id: 'asz', export: 'asz.csv', columns: 'asz-columns.json' },
      { id: 'gemdor', export: 'g.csv', columns: { roles: { workLocation: 'Standplaats' } } },
      { id: 'weg', export: 'weg.csv' },
    ] }));
    const found = await findExportsInManifest(manifest, ['asz', 'gemdor']);
    expect(found.columns.get('asz')).toEqual({ roles: { homePostcode: 'PC' } });
    expect(found.columns.get('gemdor')).toEqual({ roles: { workLocation: 'Standplaats' } });
    expect(found.unmatched).toEqual(['weg (weg.csv)']);
    writeFileSync(manifest, JSON.stringify({ members: [{ id: 'asz', export: 'asz.csv', columns: { roles: { home: 'PC' } } }] }));
    await expect(findExportsInManifest(manifest, ['asz'])).rejects.toBeInstanceOf(ConfigError);
  });
});
