import type Database from 'better-sqlite3';
import { InputError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { storeMessages } from './store-messages.js';
import { DEFAULT_PEAK_WINDOWS } from '../../core/workspace/parse-peak-windows.js';
import type { Alliance, PeakWindow } from '../../core/workspace/types.js';
import type { Workspace } from './workspace.js';

interface AllianceRow {
  name: string;
  peak_windows_json: string;
  settings_json: string;
}

/** The one alliance row of a workspace. */
export function createAllianceStore(db: Database.Database, write: <T>(work: () => T) => T): Workspace['alliance'] {
  const select = db.prepare<[], AllianceRow>('SELECT name, peak_windows_json, settings_json FROM alliance WHERE id = 1');
  const get = (): Alliance | undefined => {
    const row = select.get();
    if (!row) return undefined;
    return {
      name: row.name,
      peakWindows: JSON.parse(row.peak_windows_json) as PeakWindow[],
      settings: JSON.parse(row.settings_json) as Record<string, unknown>,
    };
  };
  return {
    get,
    set: (patch) =>
      write(() => {
        const current = get();
        const name = patch.name ?? current?.name;
        if (name === undefined) throw new InputError(text(storeMessages, 'allianceNameMissing'), text(storeMessages, 'allianceNameMissingHint'));
        const next: Alliance = {
          name,
          peakWindows: patch.peakWindows ?? current?.peakWindows ?? [...DEFAULT_PEAK_WINDOWS],
          settings: patch.settings ?? current?.settings ?? {},
        };
        db.prepare(
          `INSERT INTO alliance (id, name, peak_windows_json, settings_json) VALUES (1, @name, @peak, @settings)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, peak_windows_json = excluded.peak_windows_json, settings_json = excluded.settings_json`,
        ).run({ name: next.name, peak: JSON.stringify(next.peakWindows), settings: JSON.stringify(next.settings) });
        return next;
      }),
  };
}
