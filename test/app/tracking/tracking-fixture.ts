import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkspace } from '../../../src/adapters/store/open-workspace.js';
import type { Workspace } from '../../../src/adapters/store/workspace.js';
import { runCompanyAdd } from '../../../src/app/workspace/company-save.js';
import { runInit } from '../../../src/app/workspace/init-action.js';
import { workingDaysBetween } from '../../../src/core/track/working-days.js';
import { fakeContext, tempDir } from '../workspace/fake-context.js';

/** A workspace with the alliance and the given companies (id, headcount). */
export async function trackingWorkspace(companies: Array<{ id: string; name?: string; headcount?: number }>): Promise<string> {
  const dir = tempDir();
  await runInit(fakeContext(dir).ctx, undefined, { name: 'Samen Bereikbaar Drechtsteden' });
  for (const c of companies) {
    await runCompanyAdd(fakeContext(dir).ctx, { id: c.id, name: c.name ?? c.id.toUpperCase(), ...(c.headcount !== undefined && { headcount: String(c.headcount) }) });
  }
  return dir;
}

/** Writes a file into the folder and returns its path. */
export function writeInto(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A daily-counts CSV with the same morning and evening on every working day of each span. */
export function dailyCountsCsv(spans: Array<{ from: string; to: string; morning: number; evening: number }>): string {
  const lines = ['Datum;Ochtend;Avond'];
  for (const s of spans) {
    for (const d of workingDaysBetween(s.from, s.to)) lines.push(`${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)};${s.morning};${s.evening}`);
  }
  return lines.join('\n') + '\n';
}

/** Opens the workspace, runs `work`, closes it. */
export async function withWorkspace<T>(dir: string, work: (ws: Workspace) => T): Promise<T> {
  const ws = await openWorkspace(dir);
  try {
    return work(ws);
  } finally {
    ws.close();
  }
}
