import { join } from 'node:path';
import type { TrackKind } from '../adapters/store/tracking-types.js';
import { runTrackBaseline } from './tracking/track-baseline.js';
import { runTrackImport } from './tracking/track-import.js';
import type { RunAction } from './demo-context.js';
import type { DemoMember } from './demo-manifest.js';
import { messageLang, translator } from '../core/i18n/index.js';
import { demoMessages } from './demo-messages.js';

/**
 * Imports one member's counts, logs and registrations (a file imported before is skipped by its
 * content hash) and then sets its baseline, measured over a period or typed.
 */
export async function importMemberTracking(run: RunAction, workspace: string, allianceDir: string, member: DemoMember, log: (line: string) => void): Promise<void> {
  const files: Array<[TrackKind, string]> = [
    ...member.counts.map((f): [TrackKind, string] => ['counts', f]),
    ...member.logs.map((f): [TrackKind, string] => ['log', f]),
    ...member.registrations.map((f): [TrackKind, string] => ['registrations', f]),
  ];
  for (const [kind, file] of files) {
    const { data, text } = await run((ctx) => runTrackImport(ctx, join(allianceDir, file), { workspace, company: member.id, kind }));
    const imported = (data as { imported?: boolean } | undefined)?.imported === true;
    log(`${member.id}: ${imported ? text.split('\n')[0] : translator(demoMessages, messageLang())('importedBefore', { file })}`);
  }
  const b = member.baseline;
  if (b === undefined) return;
  const flags = 'from' in b ? { from: b.from, to: b.to } : { morning: String(b.morning), evening: String(b.evening) };
  const { text } = await run((ctx) => runTrackBaseline(ctx, { workspace, company: member.id, ...flags }));
  log(text);
}
