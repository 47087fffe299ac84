import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATABASE_FILE } from '../adapters/store/open-workspace.js';
import { runCompanyImport } from './workspace/company-transfer.js';
import { runInit } from './workspace/init-action.js';
import { InputError } from '../core/errors.js';
import { runGoalImport } from './bulk/import-goals.js';
import { runMeasureImport } from './bulk/import-measures.js';
import { importCo2History } from './demo-co2-history.js';
import { createDemoContext } from './demo-context.js';
import { type DemoManifest, findAllianceDir, readDemoManifest } from './demo-manifest.js';
import { importMemberTracking } from './demo-tracking.js';
import { importDemoCampaigns } from './demo-campaigns.js';
import { messageLang, text, translator } from '../core/i18n/index.js';
import { demoMessages } from './demo-messages.js';

/** Options of setUpDemoWorkspace. */
export interface DemoSetupOptions {
  /** The examples folder (holding alliance/manifest.json), or the alliance folder itself. */
  examplesDir: string;
  /** Receives one line per step; silent when left out. */
  log?: (line: string) => void;
}

/** The demo workspace, the manifest it was made from, and whether this run created it. */
export interface DemoSetup {
  workspace: string;
  manifest: DemoManifest;
  created: boolean;
}

/** A folder the demo may use: missing, empty, or a mobiscan workspace already; true when it holds one. */
function checkDemoFolder(workspace: string): boolean {
  if (existsSync(join(workspace, DATABASE_FILE))) return true;
  if (!existsSync(workspace)) return false;
  const hint = text(demoMessages, 'folderHint');
  if (!statSync(workspace).isDirectory()) throw new InputError(text(demoMessages, 'folderIsFile', { path: workspace }), hint);
  if (readdirSync(workspace).length > 0) throw new InputError(text(demoMessages, 'folderNotEmpty', { path: workspace }), hint);
  return false;
}

/**
 * Makes (or, on a rerun, completes) a workspace in `dir` from the example alliance: the alliance
 * with its peak windows, members, goals, measures, each member's measurements and baseline, and
 * the CO2 history. It runs the same actions as the commands, each of which changes nothing the
 * second time, so a rerun leaves the same state. A non-empty folder without a workspace is refused.
 */
export async function setUpDemoWorkspace(dir: string, options: DemoSetupOptions): Promise<DemoSetup> {
  const log = options.log ?? (() => {});
  const allianceDir = findAllianceDir(options.examplesDir);
  const manifest = readDemoManifest(allianceDir);
  const workspace = resolve(dir);
  const created = !checkDemoFolder(workspace);
  const { run } = createDemoContext(workspace, log);
  const at = (file: string) => join(allianceDir, file);

  log((await run((ctx) => runInit(ctx, workspace, { name: manifest.name, peak: manifest.peakWindows.join(',') }))).text.split('\n')[0]!);
  const t = translator(demoMessages, messageLang());
  log(t('members', { text: (await run((ctx) => runCompanyImport(ctx, at(manifest.companies), { workspace, yes: true }))).text }));
  // The same use cases as `goal import` and `measure import`, so the example files are checked as a user's would be.
  if (manifest.goals !== undefined) log((await run((ctx) => runGoalImport(ctx, at(manifest.goals!), { workspace }))).text);
  if (manifest.measures !== undefined) log((await run((ctx) => runMeasureImport(ctx, at(manifest.measures!), { workspace }))).text);
  for (const member of manifest.members) await importMemberTracking(run, workspace, allianceDir, member, log);
  if (manifest.co2History !== undefined) {
    const years = await importCo2History(run, workspace, at(manifest.co2History));
    log(t('co2', { years: years.map((y) => `${y.companyId} ${y.year}`).join(', ') }));
  }
  if (manifest.campaigns !== undefined) log(await importDemoCampaigns(workspace, allianceDir, manifest.campaigns));
  return { workspace, manifest, created };
}
