import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';

const EXPORT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv', '.xlsx']);

/** Where each member's HR export is, and what could not be matched. */
export interface ExportMatch {
  files: Map<string, string>;
  warnings: string[];
}

/** Matches file names to member ids: `asz.csv`, `asz-2026.xlsx`, `ASZ_personeel.csv` belong to `asz`. */
export function matchExportNames(ids: readonly string[], names: readonly { name: string; mtimeMs: number }[]): { files: Map<string, string>; warnings: string[] } {
  const files = new Map<string, string>();
  const warnings: string[] = [];
  for (const id of ids) {
    const candidates = names
      .filter(({ name }) => EXPORT_EXTENSIONS.has(extname(name).toLowerCase()))
      .filter(({ name }) => {
        const base = name.slice(0, name.length - extname(name).length).toLowerCase();
        return base === id || base.startsWith(`${id}-`) || base.startsWith(`${id}_`) || base.startsWith(`${id} `) || base.startsWith(`${id}.`);
      })
      .sort((a, b) => b.mtimeMs - a.mtimeMs);
    if (candidates.length === 0) continue;
    files.set(id, candidates[0]!.name);
    if (candidates.length > 1) warnings.push(`${id}: ${candidates.length} exports match; using the newest, ${candidates[0]!.name}`);
  }
  return { files, warnings };
}

/** Finds the members' exports in a folder, by file name. */
export async function findExportsInDir(dir: string, ids: readonly string[]): Promise<ExportMatch> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new InputError(`exports folder ${dir} cannot be read`, 'pass --exports DIR with one HR export per member, named after its id (asz.csv, asz-2026.xlsx)');
  }
  const stats = await Promise.all(names.map(async (name) => ({ name, mtimeMs: (await stat(join(dir, name))).mtimeMs })));
  const { files, warnings } = matchExportNames(ids, stats);
  return { files: new Map([...files].map(([id, name]) => [id, join(dir, name)])), warnings };
}

/** Reads a manifest `{members: [{id, export}]}`; export paths are relative to the manifest. */
export async function findExportsInManifest(path: string, ids: readonly string[]): Promise<ExportMatch> {
  let manifest: { members?: { id?: unknown; export?: unknown }[] };
  try {
    manifest = JSON.parse(await readFile(path, 'utf8')) as typeof manifest;
  } catch (error) {
    throw new InputError(`manifest ${path} cannot be read: ${(error as Error).message}`, 'a manifest is JSON: {"members": [{"id": "asz", "export": "exports/asz.csv"}]}');
  }
  const files = new Map<string, string>();
  const warnings: string[] = [];
  for (const entry of manifest.members ?? []) {
    if (typeof entry.id !== 'string' || typeof entry.export !== 'string') continue;
    if (!ids.includes(entry.id)) warnings.push(`manifest names ${entry.id}, which is not a member of this workspace`);
    else files.set(entry.id, resolve(dirname(path), entry.export));
  }
  return { files, warnings };
}
