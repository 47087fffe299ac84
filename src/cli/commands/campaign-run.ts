import { importCampaignFile } from '../../app/campaign/import-campaigns.js';
import { campaignResultsFor } from '../../app/campaign/campaign-results-for.js';
import { importCampaignRegistrations } from '../../app/campaign/import-campaign-registrations.js';
import { openFoundWorkspace } from '../../app/workspace/use-workspace.js';
import type { Workspace } from '../../adapters/store/workspace.js';
import type { CampaignResult } from '../../core/campaign/campaign-results.js';
import { validateCampaign } from '../../core/campaign/validate-campaign.js';
import { UsageError } from '../../core/errors.js';
import { formatDate, isText, text } from '../../core/i18n/index.js';
import { appErrorMessages } from '../../app/app-error-messages.js';
import { renderTable } from '../../core/format/table.js';
import { cliLang, cliT } from '../cli-lang.js';
import type { Output } from '../output.js';
import { campaignMessages } from './campaign-messages.js';
import type { CampaignFlags } from './campaign.js';

type Sub = 'add' | 'import' | 'list' | 'remove' | 'register' | 'show';

/** Runs one campaign subcommand; `args` are commander's: positional arguments, then the flags. */
export async function runCampaign(sub: Sub, out: Output, args: unknown[]): Promise<number> {
  const positional = args.filter((a): a is string => typeof a === 'string');
  const flags = (args.find((a) => typeof a === 'object' && a !== null && !('commands' in a)) ?? {}) as CampaignFlags;
  const ws = await openFoundWorkspace(flags.workspace, out);
  try {
    switch (sub) {
      case 'add':
        return add(ws, out, flags);
      case 'import':
        return await importFile(ws, out, positional[0]!);
      case 'list':
        return list(ws, out);
      case 'remove':
        return await remove(ws, out, positional[0]!, flags);
      case 'register':
        return await register(ws, out, positional[0]!, flags);
      case 'show':
        return await show(ws, out, positional[0]!);
    }
  } finally {
    ws.close();
  }
}

const t = () => cliT(campaignMessages);
const date = (iso: string) => formatDate(iso, cliLang());
const num = (n: number, digits = 0) => new Intl.NumberFormat(cliLang() === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);

function add(ws: Workspace, out: Output, flags: CampaignFlags): number {
  for (const flag of ['id', 'name', 'from', 'to'] as const) {
    if (flags[flag] === undefined) throw new UsageError(text(appErrorMessages, 'campaignMissing', { flag: `--${flag}` }), text(appErrorMessages, 'campaignMissingHint', { flag: `--${flag}` }));
  }
  const known = new Set(ws.companies.list().map((c) => c.id));
  const campaign = validateCampaign(
    { id: flags.id!, name: flags.name!, from: flags.from!, to: flags.to!, companyIds: flags.members?.split(/[,;\s]+/) ?? [] },
    known,
  );
  const { created, changed } = ws.campaigns.put(campaign);
  const key = created ? 'added' : changed ? 'changed' : 'same';
  out.result({ campaign, created, changed }, () => t()(key, { id: campaign.id, name: campaign.name, from: date(campaign.period.from), to: date(campaign.period.to) }));
  return 0;
}

async function importFile(ws: Workspace, out: Output, file: string): Promise<number> {
  const outcome = await importCampaignFile(ws, file);
  out.result(outcome, () => t()('imported', { added: outcome.added.length, changed: outcome.changed.length, same: outcome.unchanged.length }));
  return 0;
}

function list(ws: Workspace, out: Output): number {
  const campaigns = ws.campaigns.list();
  out.result({ campaigns }, () =>
    campaigns.length === 0
      ? t()('none')
      : renderTable(
          ['Id', cliLang() === 'nl' ? 'Naam' : 'Name', cliLang() === 'nl' ? 'Periode' : 'Period', t()('colMember')],
          campaigns.map((c) => [c.id, c.name, `${date(c.period.from)} – ${date(c.period.to)}`, c.companyIds?.join(', ') ?? t()('allMembers')]),
        ),
  );
  return 0;
}

async function remove(ws: Workspace, out: Output, id: string, flags: CampaignFlags): Promise<number> {
  if (ws.campaigns.get(id) === undefined) {
    out.result({ removed: false, id }, () => t()('notRemoved', { id }));
    return 1;
  }
  if (flags.yes !== true) {
    if (!out.isTTY) throw new UsageError(t()('needYes'));
    const { loadPrompter } = await import('../load-prompter.js');
    const prompter = await loadPrompter();
    if (!(await prompter.confirm({ message: t()('confirmRemove', { id }), default: false }))) return 1;
  }
  const removed = ws.campaigns.remove(id);
  out.result({ removed, id }, () => t()('removed', { id }));
  return 0;
}

async function register(ws: Workspace, out: Output, file: string, flags: CampaignFlags): Promise<number> {
  if (flags.campaign === undefined) throw new UsageError(text(appErrorMessages, 'campaignRegisterMissing'), text(appErrorMessages, 'campaignRegisterMissingHint'));
  const outcome = await importCampaignRegistrations(ws, {
    campaignId: flags.campaign,
    file,
    lang: cliLang(),
    ...(flags.company !== undefined && { companyId: flags.company }),
    ...(flags.source !== undefined && { source: flags.source }),
    ...(flags.hrExport !== undefined && { hrExport: flags.hrExport }),
    ...(flags.dataDir !== undefined && { dataDir: flags.dataDir }),
  });
  const problems = [...outcome.errors, ...outcome.warnings];
  if (problems.length > 0) {
    out.warn(t()('rejected', { n: outcome.errors.length }));
    for (const p of problems.slice(0, 10)) out.warn('  ' + t()(isText(p.column) ? 'problemAtPlace' : 'problem', { row: p.row, column: p.column ?? 'none', reason: p.reason }));
    if (problems.length > 10) out.warn('  ' + t()('moreProblems', { n: problems.length - 10 }));
  }
  if (outcome.outsidePeriod > 0) out.warn(t()('outside', { n: outcome.outsidePeriod }));
  if (outcome.overlapsWith.length > 0 && outcome.status !== 'unchanged') {
    out.warn(t()('overlap', { sources: outcome.overlapsWith.join(', '), first: outcome.overlapsWith[0]! }));
  }
  out.result(outcome, () => {
    if (outcome.status === 'unchanged') return t()('registeredSame', { campaign: outcome.campaign, source: outcome.source });
    const line = t()('registered', { registrations: outcome.registrations, trips: outcome.trips, campaign: outcome.campaign, source: outcome.source });
    return outcome.status === 'replaced' ? `${line}\n${t()('registeredReplaced', { source: outcome.source })}` : line;
  });
  return outcome.registrations === 0 && outcome.status !== 'unchanged' ? 1 : 0;
}

async function show(ws: Workspace, out: Output, id: string): Promise<number> {
  const result = await campaignResultsFor(ws, id);
  out.result(result, () => renderResult(result));
  return 0;
}

function renderResult(result: CampaignResult): string {
  const tr = t();
  const row = (name: string, f: CampaignResult['members'][number] | CampaignResult['alliance']['total'], counts = '') => [
    name,
    num(f.registrations),
    f.participants === null ? '–' : num(f.participants),
    num(f.km),
    num(f.co2KgWtw),
    num(f.peakTripsPerWorkingDay, 1),
    counts,
  ];
  const countsOf = (m: CampaignResult['members'][number]) => (m.counts === null ? '' : `${num(m.counts.beforePerDay)} → ${num(m.counts.duringPerDay)}`);
  const a = result.alliance;
  const rows = [
    ...a.named.map((m) => row(m.name, m, countsOf(m))),
    ...(a.others === null ? [] : [row(tr('othersRow', { n: a.others.members }), a.others)]),
    row(tr('totalRow'), a.total),
  ];
  const lines = [
    tr('resultTitle', { name: result.campaign.name, from: date(result.campaign.period.from), to: date(result.campaign.period.to), days: result.workingDays }),
    '',
    renderTable(
      [tr('colMember'), tr('colRegistrations'), tr('colParticipants'), tr('colKm'), tr('colCo2'), tr('colPeak'), tr('colCounts')],
      rows,
      ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
  ];
  if (a.leftOut > 0) lines.push('', tr('leftOut', { n: a.leftOut }));
  if (a.total.tripsWithoutKm > 0) lines.push(tr('noKm', { n: a.total.tripsWithoutKm }));
  const outside = result.members.reduce((s, m) => s + m.outside.registrations, 0);
  if (outside > 0) lines.push(tr('outside', { n: outside }));
  return lines.join('\n');
}
