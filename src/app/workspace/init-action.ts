import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { orThrow } from '../../core/workspace/checked.js';
import { DEFAULT_PEAK_WINDOWS, formatPeakWindows, parsePeakWindows } from '../../core/workspace/parse-peak-windows.js';
import type { Goal } from '../../core/workspace/types.js';
import { validateGoal } from '../../core/workspace/validate-goal.js';
import type { CommandContext } from '../command-context.js';

/** Flags of `mobiscan init`. */
export interface InitFlags {
  name?: string;
  peak?: string;
  peakGoal?: string;
  co2Goal?: string;
  baselineYear?: string;
  targetYear?: string;
}

/**
 * `mobiscan init [DIR]`: makes the workspace, or updates an existing one with what is given.
 * Everything is checked before anything is created, so a typo leaves no half-made workspace.
 */
export async function runInit(ctx: CommandContext, dirArg: string | undefined, flags: InitFlags): Promise<void> {
  const dir = resolve(ctx.cwd, dirArg ?? '.');
  const exists = existsSync(join(dir, 'mobiscan.db'));
  const raw = { ...flags };
  const p = ctx.prompter;
  if (p && !exists) {
    raw.name ??= await p.input({ message: "The alliance's name", validate: (v) => (v.trim() ? true : 'is empty') });
    raw.peak ??= await p.input({
      message: 'Peak windows on working days',
      default: formatPeakWindows(DEFAULT_PEAK_WINDOWS),
      validate: (v) => { const c = parsePeakWindows(v); return c.ok ? true : c.errors.join('; '); },
    });
    raw.peakGoal ??= await p.input({ message: "The alliance's peak goal: % of peak car trips to avoid (optional)" });
    raw.co2Goal ??= await p.input({ message: "The alliance's CO2 goal: % reduction (optional)" });
    if (raw.co2Goal) {
      raw.baselineYear ??= await p.input({ message: 'CO2 baseline year' });
      raw.targetYear ??= await p.input({ message: 'CO2 target year' });
    }
  }
  if (!exists && !raw.name?.trim()) throw new UsageError('missing --name', "pass the alliance's name, e.g. --name \"Samen Bereikbaar Drechtsteden\"");

  const peakWindows = raw.peak ? orThrow(parsePeakWindows(raw.peak)) : undefined;
  const goals: Goal[] = [];
  if (raw.peakGoal) goals.push(orThrow(validateGoal({ companyId: null, kind: 'peak-avoidance', targetPct: raw.peakGoal })));
  if (raw.co2Goal) {
    goals.push(orThrow(validateGoal({ companyId: null, kind: 'co2-reduction', targetPct: raw.co2Goal, baselineYear: raw.baselineYear, targetYear: raw.targetYear })));
  }

  const { openWorkspace } = await import('../../adapters/store/open-workspace.js');
  const ws = await openWorkspace(dir, { create: true });
  try {
    const alliance = ws.transaction(() => {
      const saved = ws.alliance.set({ ...(raw.name && { name: raw.name.trim() }), ...(peakWindows && { peakWindows }) });
      for (const goal of goals) ws.goals.set(goal);
      return saved;
    });
    ctx.out.result({ workspace: dir, created: !exists, alliance, goals: ws.goals.list({ companyId: null }) }, () =>
      [
        `${exists ? 'updated' : 'created'} the workspace of ${alliance.name} in ${dir}`,
        `peak windows: ${formatPeakWindows(alliance.peakWindows)}`,
        ...(exists ? [] : ['next: add members with `mobiscan company add` or `mobiscan company import FILE`']),
      ].join('\n'),
    );
  } finally {
    ws.close();
  }
}
