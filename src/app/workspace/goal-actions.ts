import { UsageError } from '../../core/errors.js';
import { orThrow } from '../../core/workspace/checked.js';
import { GOAL_KINDS, type Goal, type GoalKind } from '../../core/workspace/types.js';
import { validateGoal } from '../../core/workspace/validate-goal.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from './use-workspace.js';

/** Flags of `goal set`. */
export interface GoalFlags {
  workspace?: string;
  company?: string;
  alliance?: boolean;
  kind?: string;
  targetPct?: string;
  baselineYear?: string;
  targetYear?: string;
  basis?: string;
}

/** "asz: 10% of peak car trips (absolute)" / "alliance: -50% CO2 by 2030 against 2016". */
export function describeGoal(goal: Goal): string {
  const who = goal.companyId ?? 'alliance';
  if (goal.kind === 'co2-reduction') return `${who}: -${goal.targetPct}% CO2 by ${goal.targetYear} against ${goal.baselineYear}`;
  const years = goal.targetYear !== null ? ` by ${goal.targetYear}` : '';
  const since = goal.baselineYear !== null ? ` against ${goal.baselineYear}` : '';
  return `${who}: ${goal.targetPct}% of peak car trips avoided${years}${since} (${goal.basis})`;
}

/** `goal set`: one goal of one kind for a company or for the alliance, replacing an earlier one. */
export async function runGoalSet(ctx: CommandContext, flags: GoalFlags): Promise<void> {
  if ((flags.company === undefined) === (flags.alliance !== true)) {
    throw new UsageError('goal set: pass either --company ID or --alliance', 'a goal belongs to one company or to the alliance itself');
  }
  const raw: Record<string, unknown> = {
    companyId: flags.company ?? null, kind: flags.kind, targetPct: flags.targetPct,
    baselineYear: flags.baselineYear, targetYear: flags.targetYear, basis: flags.basis,
  };
  const p = ctx.prompter;
  if (p) {
    raw.kind ??= await p.select<GoalKind>({ message: 'Kind of goal', choices: GOAL_KINDS.map((k) => ({ name: k, value: k })) });
    const co2 = raw.kind === 'co2-reduction';
    raw.targetPct ??= await p.input({ message: co2 ? 'CO2 reduction (% against the baseline year)' : 'Peak car trips to avoid (% of the baseline)' });
    raw.baselineYear ??= await p.input({ message: co2 ? 'Baseline year' : 'Baseline year (optional)' });
    raw.targetYear ??= await p.input({ message: co2 ? 'Target year' : 'Target year (optional)' });
    if (!co2) raw.basis ??= await p.select({ message: 'Count avoided trips', choices: [{ name: 'absolute', value: 'absolute' }, { name: 'per employee', value: 'per-employee' }] });
  } else {
    if (raw.kind === undefined) throw new UsageError('missing --kind', `pass --kind ${GOAL_KINDS.join('|')}`);
    if (raw.targetPct === undefined) throw new UsageError('missing --target-pct', 'pass --target-pct, e.g. --target-pct 10');
  }
  const goal = orThrow(validateGoal(raw));
  await useWorkspace(ctx, flags.workspace, (ws) => {
    const saved = ws.goals.set(goal);
    ctx.out.result({ goal: saved }, () => `goal set: ${describeGoal(saved)}`);
  });
}

/** `goal list`: the alliance's goals first, then each company's. */
export async function runGoalList(ctx: CommandContext, flags: { workspace?: string; company?: string }): Promise<void> {
  await useWorkspace(ctx, flags.workspace, (ws) => {
    if (flags.company !== undefined) ws.companies.require(flags.company, '--company');
    const goals = ws.goals.list(flags.company === undefined ? {} : { companyId: flags.company });
    ctx.out.result({ goals }, () => (goals.length === 0 ? 'no goals yet: set one with `mobiscan goal set`' : goals.map(describeGoal).join('\n')));
  });
}
