import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTrackCo2 } from './tracking/track-co2.js';
import { InputError } from '../core/errors.js';
import { text } from '../core/i18n/index.js';
import { demoMessages } from './demo-messages.js';
import type { RunAction } from './demo-context.js';
import { readDemoRecords } from './demo-records.js';

/** The km lines of one company in one year, as `track co2 --km-file` reads them. */
export interface KmFile {
  companyId: string;
  year: string;
  /** `mode;fuel;km` with its header. */
  text: string;
}

/** Splits `company;year;mode;fuel;km` records into one km table per company and year. */
export function splitCo2History(records: readonly Record<string, string>[], source: string): KmFile[] {
  const groups = new Map<string, { companyId: string; year: string; lines: string[] }>();
  records.forEach((r, i) => {
    const companyId = r.company ?? '';
    const year = r.year ?? '';
    if (companyId === '' || year === '') throw new InputError(text(demoMessages, 'historyRow', { source, row: i + 2 }));
    const key = `${companyId}\u0000${year}`;
    const group = groups.get(key) ?? { companyId, year, lines: [] };
    group.lines.push([r.mode ?? '', r.fuel ?? '', r.km ?? ''].join(';'));
    groups.set(key, group);
  });
  return [...groups.values()].map(({ companyId, year, lines }) => ({ companyId, year, text: ['mode;fuel;km', ...lines].join('\n') + '\n' }));
}

/**
 * Stores a CO2 value per company and year from the history file, as `mobiscan track co2` does,
 * through km files in a temporary folder that is removed afterwards. Returns the years stored.
 */
export async function importCo2History(run: RunAction, workspace: string, historyFile: string): Promise<KmFile[]> {
  const kmFiles = splitCo2History(readDemoRecords(historyFile), historyFile);
  const temp = mkdtempSync(join(tmpdir(), 'mobiscan-demo-co2-'));
  try {
    for (const km of kmFiles) {
      const kmFile = join(temp, `${km.companyId}-${km.year}.csv`);
      writeFileSync(kmFile, km.text);
      await run((ctx) => runTrackCo2(ctx, { workspace, company: km.companyId, year: km.year, kmFile }));
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return kmFiles;
}
