import { createHash } from 'node:crypto';
import type { ScanRun } from '../../app/run-scan.js';
import { fileDate, hashFile } from '../../adapters/files/hash-file.js';
import type { Workspace } from '../../adapters/store/workspace.js';
import type { LocationInput } from '../../core/workspace/types.js';
import type { Output } from '../output.js';
import { openFoundWorkspace } from '../../app/workspace/use-workspace.js';
import type { ScanFlags } from './scan.js';

/** What saving a scan did, for the summary. */
export interface SavedScan {
  company: string;
  scanId: number;
  created: boolean;
  /** The id of the scan this one replaced (`--replace`). */
  replaced?: number;
  exportDate: string;
  workspace: string;
}

async function withWorkspace<T>(flags: ScanFlags, out: Pick<Output, 'warn'>, work: (ws: Workspace) => T): Promise<T> {
  const ws = await openFoundWorkspace(flags.workspace, out);
  try {
    return work(ws);
  } finally {
    ws.close();
  }
}

/** The saved locations of `--company`; an unknown company is an error that names it. */
export async function companyLocations(flags: ScanFlags, out: Pick<Output, 'warn'>): Promise<LocationInput[]> {
  return withWorkspace(flags, out, (ws) => ws.companies.require(flags.company!, 'company').locations);
}

/** Saves the scan's aggregates; the same export (same bytes) is saved once. */
export async function saveScanToWorkspace(flags: ScanFlags, file: string, run: ScanRun, out: Pick<Output, 'warn'>): Promise<SavedScan> {
  // the flag wins, then the peildatum in the export's title rows, then the file's date
  const [contentHash, exportDate] = await Promise.all([hashFile(file), flags.exportDate ?? run.ingest.exportDate ?? fileDate(file)]);
  const settingsHash = createHash('sha256').update(JSON.stringify(run.result.method)).digest('hex').slice(0, 16);
  return withWorkspace(flags, out, (ws) => {
    const saved = ws.scans.save(flags.company!, { exportDate, contentHash, employees: run.result.overall.employees, settingsHash, result: run.result }, { replace: flags.replace === true });
    return { company: flags.company!, scanId: saved.id, created: saved.created, ...(saved.replaced !== undefined && { replaced: saved.replaced }), exportDate, workspace: ws.dir };
  });
}
