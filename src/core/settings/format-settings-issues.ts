import type { z } from 'zod';
import { text, type Text } from '../i18n/index.js';
import { issueProblem } from './issue-text.js';
import { settingPath } from './setting-path.js';
import { settingsIssueMessages as m } from './settings-issue-messages.js';

/**
 * Turns zod issues into lines that name the field and the rule, in the reader's language, e.g.
 * `bands[2].maxKm must be a number > 0` or `pt.waitMinute is not a known setting`.
 */
export function formatSettingsIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): Text[] {
  const lines: Text[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) lines.push(text(m, 'unknownSetting', { where: settingPath([...path, key]) }));
      continue;
    }
    const where = settingPath(path) || text(m, 'theSettings');
    const problem = issue.code === 'invalid_type' && issue.expected === 'object' ? text(m, 'mustBeObject') : issueProblem(issue);
    lines.push(text(m, 'line', { where, problem }));
  }
  return lines;
}
