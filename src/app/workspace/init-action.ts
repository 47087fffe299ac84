import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { orThrow } from '../../core/workspace/checked.js';
import { DEFAULT_PEAK_WINDOWS, formatPeakWindows, parsePeakWindows } from '../../core/workspace/parse-peak-windows.js';
import type { Goal } from '../../core/workspace/types.js';
import { validateGoal } from '../../core/workspace/validate-goal.js';
import type { CommandContext } from '../command-context.js';
import { parsePercentage } from '../../core/answers/parse-percentage.js';
import { parseYear } from '../../core/answers/parse-year.js';
import { DEFAULT_LANG, joinTexts, messageLang, renderText, text, translator, type Lang } from '../../core/i18n/index.js';
import { initMessages } from './init-messages.js';
import { askAnswer } from './ask-answer.js';
import { wizardMessages } from './wizard-messages.js';

/** A read answer back as the flag text the checks below expect ("" for none). */
const answerText = (value: number | null): string => (value === null ? '' : String(value));

/** Flags of `mobiscan init`. */
export interface InitFlags {
  name?: string;
  peak?: string;
  peakGoal?: string;
  co2Goal?: string;
  baselineYear?: string;
  targetYear?: string;
  /** The workspace's language (`init --lang en`), used when neither --lang nor MOBISCAN_LANG says otherwise. */
  lang?: Lang;
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
    // each answer is checked as it is typed, so a typo is asked again and the earlier answers stay
    const lang = ctx.lang ?? DEFAULT_LANG;
    const t = translator(wizardMessages, lang);
    raw.name ??= await p.input({ message: t('allianceName'), validate: (v) => (v.trim() ? true : t('empty')) });
    raw.peak ??= await p.input({
      message: t('peakWindows'),
      default: formatPeakWindows(DEFAULT_PEAK_WINDOWS),
      validate: (v) => { const c = parsePeakWindows(v); return c.ok ? true : renderText(joinTexts(c.errors, 'semicolons'), lang); },
    });
    raw.peakGoal ??= answerText(await askAnswer(p, lang, { message: t('alliancePeakGoal'), optional: true }, parsePercentage));
    raw.co2Goal ??= answerText(await askAnswer(p, lang, { message: t('allianceCo2Goal'), optional: true }, parsePercentage));
    if (raw.co2Goal) {
      const baseline = raw.baselineYear ?? answerText(await askAnswer(p, lang, { message: t('co2BaselineYear') }, (v) => parseYear(v)));
      raw.baselineYear = baseline;
      raw.targetYear ??= answerText(await askAnswer(p, lang, { message: t('co2TargetYear') }, (v) => parseYear(v, { after: Number(baseline) })));
    }
  }
  if (!exists && !raw.name?.trim()) throw new UsageError(text(initMessages, 'missingName'), text(initMessages, 'missingNameHint'));

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
      const settings = raw.lang === undefined ? undefined : { ...ws.alliance.get()?.settings, lang: raw.lang };
      const saved = ws.alliance.set({ ...(raw.name && { name: raw.name.trim() }), ...(peakWindows && { peakWindows }), ...(settings && { settings }) });
      for (const goal of goals) ws.goals.set(goal);
      return saved;
    });
    const t = translator(initMessages, ctx.lang ?? messageLang());
    const stored = alliance.settings.lang;
    ctx.out.result({ workspace: dir, created: !exists, alliance, goals: ws.goals.list({ companyId: null }) }, () =>
      [
        t(exists ? 'updated' : 'created', { alliance: alliance.name, dir }),
        t('peakWindows', { windows: formatPeakWindows(alliance.peakWindows) }),
        ...(typeof stored === 'string' ? [t('language', { lang: stored })] : []),
        ...(exists ? [] : [t('next')]),
      ].join('\n'),
    );
  } finally {
    ws.close();
  }
}
