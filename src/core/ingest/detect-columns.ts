import { text, type Text } from '../i18n/index.js';
import { columnWordsMessages } from './column-words-messages.js';
import { overrideProblemMessages } from './override-problem-messages.js';
import { classifyHeader } from './classify-header.js';
import { detectPersonalContent } from './detect-personal-content.js';
import { detectRoleByContent } from './detect-role-by-content.js';
import { resolveOverrides } from './resolve-overrides.js';
import { resolveRoleConflicts } from './resolve-role-conflicts.js';
import type { ColumnAssignment, ColumnMapping, ColumnOverrides, ColumnRole } from './types.js';

const MAPPING_CONFIDENCE = 1; // the user said so

/**
 * Decides what each column of an HR export means (docs/method.md): by the user's mapping
 * first, then by the header (Dutch, English, AFAS and SAP names), then by the values in
 * `samples` (data rows after the header, row by row). Personal-data columns are marked and
 * never get a role; a column of e-mail addresses or BSNs is personal whatever its header, even
 * when the mapping names it (docs/method.md).
 * @example detectColumns(['Postcode', 'Vestiging'], [['3311 AB', 'Dordrecht']]).roles // {homePostcode: 0, workLocation: 1}
 */
export function detectColumns(headers: string[], samples: string[][], overrides?: ColumnOverrides): ColumnMapping {
  let width = headers.length;
  for (const row of samples) width = Math.max(width, row.length);
  const user = resolveOverrides(headers, overrides);
  const columns: ColumnAssignment[] = [];
  for (let index = 0; index < width; index += 1) {
    const header = headers[index] ?? '';
    const values = samples.map((row) => row[index] ?? '');
    columns.push(assignColumn(index, header, values, user.roles.get(index), user.ignore.has(index), user.problems));
  }
  const resolved = resolveRoleConflicts(columns);
  return { ...resolved, overrideProblems: user.problems };
}

function assignColumn(
  index: number,
  header: string,
  values: readonly string[],
  userRole: ColumnRole | undefined,
  userIgnored: boolean,
  problems: (string | Text)[],
): ColumnAssignment {
  const personalContent = detectPersonalContent(values);
  if (personalContent) {
    if (userRole) problems.push(text(overrideProblemMessages, 'personal', { role: userRole, header, kind: text(columnWordsMessages, `personal_${personalContent}`) }));
    return { kind: 'personal', index, header, personal: personalContent };
  }
  if (userRole) return { kind: 'role', index, header, role: userRole, confidence: MAPPING_CONFIDENCE, by: 'mapping' };
  if (userIgnored) return { kind: 'ignored', index, header, reason: 'ignored by --columns' };
  const match = classifyHeader(header);
  if (match.kind === 'role') return { kind: 'role', index, header, role: match.role, confidence: match.confidence, by: 'header' };
  if (match.kind === 'personal') return { kind: 'personal', index, header, personal: match.personal };
  if (match.kind === 'skip') return { kind: 'ignored', index, header, reason: match.reason };
  const byContent = detectRoleByContent(values);
  if (byContent) return { kind: 'role', index, header, role: byContent.role, confidence: byContent.confidence, by: 'content' };
  const empty = values.every((v) => v.trim() === '');
  return { kind: 'ignored', index, header, reason: empty && header.trim() === '' ? 'empty column' : 'not a column mobiscan uses' };
}
