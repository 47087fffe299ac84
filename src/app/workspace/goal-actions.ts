import { UsageError } from '../../core/errors.js';
import { orThrow } from '../../core/workspace/checked.js';
import { GOAL_KINDS, type Goal, type GoalKind } from '../../core/workspace/types.js';
import { validateGoal } from '../../core/workspace/validate-goal.js';
import type { CommandContext } from '../command-context.js';
import { messageLang, text, translator, type Lang } from '../../core/i18n/index.js';
import { trackMessages } from '../tracking/track-messages.js';
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
export function describeGoal(goal: Goal, lang: Lang = messageLang()): string {
  const t = translator(trackMessages, lang);
  const who = goal.companyId ?? t('goalAlliance');
  const year = (y: number | null) => (y === null ? 'none' : String(y));
  if (goal.kind === 'co2-reduction') return t('goalCo2', { who, pct: goal.targetPct, target: year(goal.targetYear), baseline: year(goal.baselineYear) });
  return t('goalPeak', { who, pct: goal.targetPct, target: year(goal.targetYear), baseline: year(goal.baselineYear), basis: goal.basis ?? 'absolute' });
}

/** `goal set`: one goal of one kind for a company or for the alliance, replacing an earlier one. */
export async function runGoalSet(ctx: CommandContext, flags: GoalFlags): Promise<void> {
  if ((flags.company === undefined) === (flags.alliance !== true)) {
    throw new UsageError(text(trackMessages, 'goalEither', { command: 'goal set' }), text(trackMessages, 'goalEitherHint'));
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
    if (raw.kind === undefined) throw new UsageError(text(trackMessages, 'goalMissingKind'), text(trackMessages, 'goalMissingKindHint', { kinds: GOAL_KINDS.join('|') }));
    if (raw.targetPct === undefined) throw new UsageError(text(trackMessages, 'goalMissingPct'), text(trackMessages, 'goalMissingPctHint'));
  }
  const goal = orThrow(validateGoal(raw));
  await useWorkspace(ctx, flags.workspace, (ws) => {
    const saved = ws.goals.set(goal);
    ctx.out.result({ goal: saved }, () => translator(trackMessages, ctx.lang ?? messageLang())('goalSet', { goal: describeGoal(saved, ctx.lang) }));
  });
}

/** `goal list`: the alliance's goals first, then each company's. */
export async function runGoalList(ctx: CommandContext, flags: { workspace?: string; company?: string }): Promise<void> {
  await useWorkspace(ctx, flags.workspace, (ws) => {
    if (flags.company !== undefined) ws.companies.require(flags.company, '--company');
    const goals = ws.goals.list(flags.company === undefined ? {} : { companyId: flags.company });
    ctx.out.result({ goals }, () => (goals.length === 0 ? translator(trackMessages, ctx.lang ?? messageLang())('goalsNone') : goals.map((g) => describeGoal(g, ctx.lang)).join('\n')));
  });
}
