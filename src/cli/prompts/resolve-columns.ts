import type { ColumnMapping, ColumnRole } from '../../core/ingest/types.js';
import { ROLE_LABELS } from '../../core/ingest/role-labels.js';
import { InputError } from '../../core/errors.js';
import { parsePostcode } from '../../core/ingest/parse-postcode.js';
import type { Output } from '../output.js';

/**
 * On a terminal: asks which column holds each unresolved required role, then offers to save
 * the answers as a mapping file for next time (`--columns FILE`).
 */
export function interactiveColumnResolver(out: Output, beforePrompt: () => void) {
  return async (mapping: ColumnMapping, headers: string[], samples: string[][]): Promise<ColumnMapping> => {
    beforePrompt();
    const { select, confirm, input } = await import('@inquirer/prompts');
    const roles = { ...mapping.roles };
    const chosen: Partial<Record<ColumnRole, string>> = {};
    const personal = new Set(mapping.columns.filter((c) => c.kind === 'personal').map((c) => c.index));
    for (const problem of mapping.unresolved) {
      const candidates = (problem.candidates.length > 0 ? problem.candidates : headers.map((_, i) => i)).filter((i) => !personal.has(i));
      // The home may be given by postcode or by place: one question, and the values decide which it is.
      const home = problem.role === 'homePostcode' && roles.homePlace === undefined;
      const what = home ? 'home postcode (or, without one, the home place)' : (ROLE_LABELS[problem.role] ?? problem.role);
      const answer = await select<number>({
        message: `Which column holds the ${what}?${problem.problem === 'ambiguous' ? ' (more than one fits)' : ''}`,
        choices: [...candidates.map((i) => ({ name: headers[i] || `(column ${i + 1})`, value: i })), { name: 'none of these', value: -1 }],
      });
      if (answer < 0) throw new InputError(`no column chosen for the ${ROLE_LABELS[problem.role] ?? problem.role}`, 'pass --columns map.json to name it');
      const values = samples.map((row) => row[answer] ?? '').filter((v) => v !== '');
      const postcodes = values.filter((v) => parsePostcode(v).ok).length;
      const role: ColumnRole = home && postcodes < values.length / 2 ? 'homePlace' : problem.role;
      roles[role] = answer;
      chosen[role] = headers[answer] ?? '';
    }
    if (await confirm({ message: 'Save these answers as a mapping file for next time?', default: true })) {
      const path = await input({ message: 'File name', default: 'columns.json' });
      const { writeFileAtomic } = await import('../../adapters/write/write-file-atomic.js');
      const { checkOutputPaths } = await import('../../adapters/write/check-output-paths.js');
      checkOutputPaths({ outputs: [{ flag: 'mapping file', path }] });
      await writeFileAtomic(path, JSON.stringify({ roles: chosen }, null, 2) + '\n');
      out.info(`saved; next time add --columns ${path}`);
    }
    const columns = mapping.columns.map((c) => {
      const role = (Object.entries(roles) as [ColumnRole, number][]).find(([, i]) => i === c.index)?.[0];
      return role && c.kind !== 'personal' ? { kind: 'role' as const, index: c.index, header: c.header, role, confidence: 1, by: 'mapping' as const } : c;
    });
    return { ...mapping, columns, roles, unresolved: [] };
  };
}
