import chalk from 'chalk';
import { previewExport } from '../../app/ingest-hr-export.js';
import { readColumnsFlag } from '../../adapters/config/read-columns-flag.js';
import { describeUnresolved } from '../../core/ingest/describe-unresolved.js';
import { describeUnresolvedIn } from '../../core/ingest/describe-unresolved.js';
import { columnWordsMessages, ignoredReasonText } from '../../core/ingest/column-words-messages.js';
import { renderText } from '../../core/i18n/index.js';
import { cliLang, cliT } from '../cli-lang.js';
import { shareableSamples } from '../../core/ingest/shareable-samples.js';
import type { ColumnAssignment } from '../../core/ingest/types.js';
import type { Output } from '../output.js';
import { renderTable } from '../../core/format/table.js';

/** How many distinct sample values to show per column. */
const SAMPLE_COUNT = 3;

function samplesOf(column: ColumnAssignment, samples: string[][]): string[] {
  // an unrecognised column may hold personal data too; a role's column only shows what fits the role
  if (column.kind !== 'role') return [];
  return shareableSamples(column.role, samples.map((row) => row[column.index] ?? ''), SAMPLE_COUNT);
}

/** Shows the column mapping of an export; exit 1 when required roles are unresolved. */
export async function runColumns(out: Output, file: string, opts: { sheet?: string; columns?: string[] }): Promise<number> {
  const overrides = await readColumnsFlag(opts.columns);
  const preview = await previewExport(file, { sheet: opts.sheet, columns: overrides });
  await preview.rest.return?.(); // the header and samples are all this command reads: close the file
  const { mapping, source } = preview;
  const columns = mapping.columns.map((c) => ({
    index: c.index,
    header: c.header,
    kind: c.kind,
    role: c.kind === 'role' ? c.role : null,
    confidence: c.kind === 'role' ? c.confidence : null,
    by: c.kind === 'role' ? c.by : null,
    personal: c.kind === 'personal' ? c.personal : null,
    reason: c.kind === 'ignored' ? c.reason : null,
    // the reason above is a stable phrase; this one is for a person, in the run's language
    reasonText: c.kind === 'ignored' ? ignoredReasonText(c.reason) : null,
    samples: samplesOf(c, preview.samples),
  }));
  const unresolved = describeUnresolved(mapping);
  const data = {
    file,
    format: source.format,
    encoding: source.encoding ?? null,
    delimiter: source.delimiter ?? null,
    sheet: source.sheet ?? null,
    headerRow: preview.headerRow,
    notes: source.notes ?? [],
    columns,
    unresolved,
    overrideProblems: mapping.overrideProblems ?? [],
  };
  out.result(data, () => {
    const t = cliT(columnWordsMessages);
    const where = [source.format, source.encoding, source.delimiter && t('delimiter', { value: source.delimiter === '\t' ? '\\t' : source.delimiter }), source.sheet && t('sheet', { value: source.sheet })]
      .filter(Boolean)
      .join(', ');
    const reason = (r: string | null) => (r === null ? '' : renderText(ignoredReasonText(r), cliLang()));
    const rows = columns.map((c) => [
      String(c.index + 1),
      c.header || chalk.dim(t('empty')),
      c.kind === 'role' ? chalk.green(t(`role_${c.role!}`)) : c.kind === 'personal' ? chalk.red(t('dropped', { kind: t(`personal_${c.personal!}`) })) : chalk.dim(t('ignored', { reason: reason(c.reason) })),
      c.confidence === null ? '' : t('confidence', { share: Math.round(c.confidence * 100) / 100, by: t(`by_${c.by!}`) }),
      c.kind === 'personal' ? chalk.dim(t('personalNotShown')) : c.kind === 'ignored' ? chalk.dim(t('notShown')) : c.samples.join(' | '),
    ]);
    const lines = [
      t('source', { file, where, row: preview.headerRow }),
      ...(source.notes ?? []).map((n) => chalk.yellow(t('note', { text: n }))),
      '',
      renderTable(t('header').split('|'), rows),
    ];
    for (const problem of mapping.overrideProblems ?? []) lines.push(chalk.yellow(t('mapping', { text: problem })));
    if (unresolved.length > 0) lines.push('', ...describeUnresolvedIn(mapping, cliLang()).map((u) => chalk.red(t('missing', { text: u }))));
    return lines.join('\n');
  });
  return unresolved.length > 0 ? 1 : 0;
}
