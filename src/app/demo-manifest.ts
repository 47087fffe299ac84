import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { text } from '../core/i18n/index.js';
import { demoMessages } from './demo-messages.js';
import { check, type Checked, orThrow } from '../core/workspace/checked.js';

/** The file that describes an example alliance (examples/alliance/manifest.json). */
export const DEMO_MANIFEST_FILE = 'manifest.json';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'is not a date YYYY-MM-DD' });
const file = z.string().trim().min(1, { error: 'is empty' });
const files = z.array(file).default([]);

// A baseline is measured over a period of stored counts, or typed in (as if from a travel survey).
const baseline = z.union([
  z.object({ from: isoDate, to: isoDate }),
  z.object({ morning: z.number().nonnegative(), evening: z.number().nonnegative() }),
]);

const member = z.object({
  id: z.string().trim().min(1, { error: 'is empty' }),
  export: file,
  counts: files,
  logs: files,
  registrations: files,
  baseline: baseline.optional(),
});

const manifest = z.object({
  name: z.string().trim().min(1, { error: 'is empty' }),
  peakWindows: z.array(z.string()).min(1, { error: 'needs at least one window' }),
  period: z.object({ from: isoDate, to: isoDate }),
  companies: file,
  measures: file.optional(),
  goals: file.optional(),
  co2History: file.optional(),
  campaigns: z.object({ file, registrations: z.array(z.object({ campaign: z.string(), file })) }).optional(),
  members: z.array(member).min(1, { error: 'needs at least one member' }),
});

/** An example alliance: paths in it are relative to the folder of its manifest. */
export type DemoManifest = z.output<typeof manifest>;
/** One member of the example alliance: its HR export, measurements and baseline. */
export type DemoMember = DemoManifest['members'][number];

/** Checks a parsed manifest.json; messages name the field ("manifest members 2 baseline: ..."). */
export function parseDemoManifest(json: unknown): Checked<DemoManifest> {
  return check(manifest, 'manifest', json);
}

/** The folder holding the manifest: `examplesDir` itself, or its `alliance/` folder. */
export function findAllianceDir(examplesDir: string): string {
  for (const dir of [examplesDir, join(examplesDir, 'alliance')]) {
    if (existsSync(join(dir, DEMO_MANIFEST_FILE))) return dir;
  }
  throw new InputError(text(demoMessages, 'noExamples', { dir: examplesDir }), text(demoMessages, 'noExamplesHint', { path: join(examplesDir, 'alliance', DEMO_MANIFEST_FILE) }));
}

/** Reads and checks the manifest in `allianceDir`. */
export function readDemoManifest(allianceDir: string): DemoManifest {
  const path = join(allianceDir, DEMO_MANIFEST_FILE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(text(demoMessages, 'cannotRead', { path, reason: (error as Error).message }));
  }
  return orThrow(parseDemoManifest(json), text(demoMessages, 'fix', { path }));
}
