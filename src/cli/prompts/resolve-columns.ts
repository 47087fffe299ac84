import type { ColumnMapping, ColumnRole } from '../../core/ingest/types.js';
import { InputError } from '../../core/errors.js';
import { parsePostcode } from '../../core/ingest/parse-postcode.js';
import { promptSamples } from '../../core/ingest/prompt-samples.js';
import { text } from '../../core/i18n/index.js';
import { cliT } from '../cli-lang.js';
import type { Output } from '../output.js';
import { columnPromptMessages } from './column-prompt-messages.js';

/**
 * On a terminal: asks which column holds each unresolved required role, each header shown with
 * a few sample values (never those of columns that may hold personal data: promptSamples), then
 * offers to save the answers as a mapping file for next time (`--columns FILE`).
 */
export function interactiveColumnResolver(out: Output, beforePrompt: () => void) {
  return async (mapping: ColumnMapping, headers: string[], samples: string[][]): Promise<ColumnMapping> => {
    beforePrompt();
    const t = cliT(columnPromptMessages);
    const { select, confirm, input } = await import('@inquirer/prompts');
    const roles = { ...mapping.roles };
    const chosen: Partial<Record<ColumnRole, string>> = {};
    const personal = new Set(mapping.columns.filter((c) => c.kind === 'personal').map((c) => c.index));
    const columnAt = new Map(mapping.columns.map((c) => [c.index, c]));
    for (const problem of mapping.unresolved) {
      const candidates = (problem.candidates.length > 0 ? problem.candidates : headers.map((_, i) => i)).filter((i) => !personal.has(i));
      // The home may be given by postcode or by place: one question, and the values decide which it is.
      const home = problem.role === 'homePostcode' && roles.homePlace === undefined;
      const what = home ? t('home') : t(`role_${problem.role}`);
      const choice = (i: number) => {
        const column = columnAt.get(i);
        const shown = column ? promptSamples(column, problem.role, samples.map((row) => row[i] ?? '')) : [];
        const header = headers[i] || t('emptyHeader', { n: i + 1 });
        return { name: shown.length > 0 ? `${header}  (${shown.join(', ')})` : header, value: i };
      };
      const answer = await select<number>({
        message: t(problem.problem === 'ambiguous' ? 'whichAmbiguous' : 'which', { what }),
        choices: [...candidates.map(choice), { name: t('none'), value: -1 }],
      });
      if (answer < 0) throw new InputError(text(columnPromptMessages, 'noneChosen', { what }), text(columnPromptMessages, 'noneChosenHint'));
      const values = samples.map((row) => row[answer] ?? '').filter((v) => v !== '');
      const postcodes = values.filter((v) => parsePostcode(v).ok).length;
      const role: ColumnRole = home && postcodes < values.length / 2 ? 'homePlace' : problem.role;
      roles[role] = answer;
      chosen[role] = headers[answer] ?? '';
    }
    if (await confirm({ message: t('saveMapping'), default: true })) {
      const path = await input({ message: t('fileName'), default: 'columns.json' });
      const { writeFileAtomic } = await import('../../adapters/write/write-file-atomic.js');
      const { checkOutputPaths } = await import('../../adapters/write/check-output-paths.js');
      checkOutputPaths({ outputs: [{ flag: 'mapping file', path }] });
      await writeFileAtomic(path, JSON.stringify({ roles: chosen }, null, 2) + '\n');
      out.info(t('saved', { file: path }));
    }
    const columns = mapping.columns.map((c) => {
      const role = (Object.entries(roles) as [ColumnRole, number][]).find(([, i]) => i === c.index)?.[0];
      return role && c.kind !== 'personal' ? { kind: 'role' as const, index: c.index, header: c.header, role, confidence: 1, by: 'mapping' as const } : c;
    });
    return { ...mapping, columns, roles, unresolved: [] };
  };
}
