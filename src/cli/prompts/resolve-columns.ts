import type { ColumnMapping, ColumnRole } from '../../core/ingest/types.js';
import { ROLE_LABELS } from '../../core/ingest/role-labels.js';
import { InputError } from '../../core/errors.js';
import type { Output } from '../output.js';

/**
 * On a terminal: asks which column holds each unresolved required role, then offers to save
 * the answers as a mapping file for next time (`--columns FILE`).
 */
export function interactiveColumnResolver(out: Output, beforePrompt: () => void) {
  return async (mapping: ColumnMapping, headers: string[]): Promise<ColumnMapping> => {
    beforePrompt();
    const { select, confirm, input } = await import('@inquirer/prompts');
    const roles = { ...mapping.roles };
    const chosen: Partial<Record<ColumnRole, string>> = {};
    const personal = new Set(mapping.columns.filter((c) => c.kind === 'personal').map((c) => c.index));
    for (const problem of mapping.unresolved) {
      const candidates = (problem.candidates.length > 0 ? problem.candidates : headers.map((_, i) => i)).filter((i) => !personal.has(i));
      const answer = await select<number>({
        message: `Which column holds the ${ROLE_LABELS[problem.role] ?? problem.role}?${problem.problem === 'ambiguous' ? ' (more than one fits)' : ''}`,
        choices: [...candidates.map((i) => ({ name: headers[i] || `(column ${i + 1})`, value: i })), { name: 'none of these', value: -1 }],
      });
      if (answer < 0) throw new InputError(`no column chosen for the ${ROLE_LABELS[problem.role] ?? problem.role}`, 'pass --columns map.json to name it');
      roles[problem.role] = answer;
      chosen[problem.role] = headers[answer] ?? '';
    }
    if (await confirm({ message: 'Save these answers as a mapping file for next time?', default: true })) {
      const path = await input({ message: 'File name', default: 'columns.json' });
      const { writeFileAtomic } = await import('../../adapters/write/write-file-atomic.js');
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
