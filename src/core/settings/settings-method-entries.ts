import type { ScanSettings } from './scan-settings-schema.js';

/** One setting as the method block of a result echoes it. */
export interface MethodEntry {
  /** Path of the setting, e.g. `pt.waitMinutes` or `co2.factors["auto:benzine"]`. */
  setting: string;
  value: unknown;
  /** Where the value comes from (a paper, list or public figure, an assumption, or the user's settings file). */
  source: string;
}

const TOKEN = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;

/** Reads the value at a path written by settingPath(). */
function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const m of path.matchAll(TOKEN)) {
    const key = m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string));
    node = node === null || typeof node !== 'object' ? undefined : (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Every sourced setting with its current value and source, in the order of the defaults file. */
export function settingsMethodEntries(settings: ScanSettings): MethodEntry[] {
  const { sources, ...values } = settings;
  return Object.entries(sources).map(([setting, source]) => ({ setting, value: valueAt(values, setting), source }));
}
