import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { ConfigError, InputError } from '../core/errors.js';
import type { ColumnOverrides } from '../core/ingest/types.js';
import { text } from '../core/i18n/index.js';
import { userErrorMessages as um } from '../core/user-error-messages.js';
import { appErrorMessages } from './app-error-messages.js';

const EXPORT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv', '.xlsx']);

/** Where each member's HR export is, its column mapping if the manifest gives one, and what matched no member. */
export interface ExportMatch {
  files: Map<string, string>;
  /** Member id -> the column mapping of its export (manifest `columns`). */
  columns: Map<string, ColumnOverrides>;
  warnings: string[];
  /** Exports (file names, or manifest ids) that belong to no member of the workspace. */
  unmatched: string[];
}

/** Matches file names to member ids: `asz.csv`, `asz-2026.xlsx`, `ASZ_personeel.csv` belong to `asz`. */
export function matchExportNames(ids: readonly string[], names: readonly { name: string; mtimeMs: number }[]): { files: Map<string, string>; warnings: string[]; unmatched: string[] } {
  const files = new Map<string, string>();
  const warnings: string[] = [];
  const exports = names.filter(({ name }) => EXPORT_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('.'));
  const claimed = new Set<string>();
  for (const id of ids) {
    const candidates = exports
      .filter(({ name }) => {
        const base = name.slice(0, name.length - extname(name).length).toLowerCase();
        return base === id || base.startsWith(`${id}-`) || base.startsWith(`${id}_`) || base.startsWith(`${id} `) || base.startsWith(`${id}.`);
      })
      .sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const c of candidates) claimed.add(c.name);
    if (candidates.length === 0) continue;
    files.set(id, candidates[0]!.name);
    if (candidates.length > 1) warnings.push(`${id}: ${candidates.length} exports match; using the newest, ${candidates[0]!.name}`);
  }
  const unmatched = exports.map((e) => e.name).filter((name) => !claimed.has(name)).sort();
  return { files, warnings, unmatched };
}

/** Finds the members' exports in a folder, by file name. */
export async function findExportsInDir(dir: string, ids: readonly string[]): Promise<ExportMatch> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new InputError(text(um, 'exportsUnreadable', { dir }), text(um, 'exportsUnreadableHint'));
  }
  const stats = await Promise.all(names.map(async (name) => ({ name, mtimeMs: (await stat(join(dir, name))).mtimeMs })));
  const { files, warnings, unmatched } = matchExportNames(ids, stats);
  return { files: new Map([...files].map(([id, name]) => [id, join(dir, name)])), columns: new Map(), warnings, unmatched };
}

/**
 * Reads a manifest `{members: [{id, export, columns?}]}`; paths are relative to the manifest.
 * `columns` is a mapping file or the mapping itself (`{"roles": {...}, "ignore": [...]}`).
 */
export async function findExportsInManifest(path: string, ids: readonly string[]): Promise<ExportMatch> {
  let manifest: { members?: { id?: unknown; export?: unknown; columns?: unknown }[] };
  try {
    manifest = JSON.parse(await readFile(path, 'utf8')) as typeof manifest;
  } catch (error) {
    throw new InputError(text(um, 'manifestUnreadable', { path, reason: (error as Error).message }), text(um, 'manifestUnreadableHint', { example: '{"members": [{"id": "asz", "export": "exports/asz.csv"}]}' }));
  }
  const match: ExportMatch = { files: new Map(), columns: new Map(), warnings: [], unmatched: [] };
  for (const entry of manifest.members ?? []) {
    if (typeof entry.id !== 'string' || typeof entry.export !== 'string') continue;
    if (!ids.includes(entry.id)) {
      match.unmatched.push(`${entry.id} (${entry.export})`);
      continue;
    }
    match.files.set(entry.id, resolve(dirname(path), entry.export));
    if (entry.columns !== undefined) match.columns.set(entry.id, await manifestColumns(path, entry.id, entry.columns));
  }
  return match;
}

/** A member's column mapping from the manifest: a file (relative to the manifest) or inline. */
async function manifestColumns(manifest: string, id: string, value: unknown): Promise<ColumnOverrides> {
  const [{ columnOverridesSchema, readColumnOverrides }, { describeIssues }] = await Promise.all([import('../adapters/config/read-column-overrides.js'), import('../adapters/config/read-json-file.js')]);
  if (typeof value === 'string') return readColumnOverrides(resolve(dirname(manifest), value));
  const parsed = columnOverridesSchema.safeParse(value);
  if (parsed.success) return parsed.data as ColumnOverrides;
  throw new ConfigError(
    text(appErrorMessages, 'manifestColumns', { manifest, id, problems: describeIssues(parsed.error.issues) }),
    text(appErrorMessages, 'manifestColumnsHint', { example: '{"roles": {"homePostcode": "Postcode"}, "ignore": ["Opmerking"]}' }),
  );
}
