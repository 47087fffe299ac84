import type { z } from 'zod';
import { settingPath } from './setting-path.js';

/**
 * Turns zod issues into lines that name the field and the rule, e.g.
 * `bands[2].maxKm must be a number > 0` or `pt.waitMinute is not a known setting`.
 */
export function formatSettingsIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) lines.push(`${settingPath([...path, key])} is not a known setting`);
      continue;
    }
    const where = settingPath(path) || 'the settings';
    const message = issue.code === 'invalid_type' && issue.expected === 'object' ? 'must be an object' : issue.message;
    lines.push(`${where} ${message}`);
  }
  return lines;
}
