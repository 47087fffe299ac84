import type { z } from 'zod';
import { joinTexts, text, type Text } from '../i18n/index.js';
import { settingsIssueMessages as m, type SettingsIssueKey } from './settings-issue-messages.js';

/** A zod issue as the schemas leave it: its message is a key of the catalogue, or zod's own. */
type Issue = z.core.$ZodIssue & { params?: Record<string, unknown> };

const value = (v: unknown): string | number => (typeof v === 'number' || typeof v === 'string' ? v : String(v));

/**
 * What is wrong, in the reader's language: the schema's key when it gave one (its values from
 * the issue), else a description of the zod code, so no English from zod reaches a Dutch reader.
 */
export function issueProblem(issue: Issue): Text {
  if (Object.hasOwn(m.messages.en, issue.message)) {
    const params = Object.fromEntries(Object.entries(issue.params ?? {}).map(([k, v]) => [k, value(v)]));
    return text(m, issue.message as SettingsIssueKey, { options: 'values' in issue ? issue.values.map(String).join(', ') : undefined, ...params });
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined && 'input' in issue ? text(m, 'required') : text(m, 'mustBeType', { expected: String(issue.expected) });
    case 'too_small':
      return text(m, 'tooSmall', { origin: String(issue.origin), inclusive: issue.inclusive === false ? 'no' : 'yes', limit: value(issue.minimum) });
    case 'too_big':
      return text(m, 'tooBig', { origin: String(issue.origin), inclusive: issue.inclusive === false ? 'no' : 'yes', limit: value(issue.maximum) });
    case 'invalid_value':
      return text(m, 'oneOf', { options: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return text(m, 'unknownKeys', { keys: issue.keys.join(', ') });
    default:
      return text(m, 'notValid');
  }
}

/** Issues as `path: problem`, joined with semicolons (a column mapping, a manifest entry, the CO2 factor file). */
export function describeIssues(issues: readonly Issue[]): Text | string {
  return joinTexts(
    issues.map((issue) => text(m, 'pathLine', { where: issue.path.length > 0 ? issue.path.map(String).join('.') : text(m, 'topLevel'), problem: issueProblem(issue) })),
    'semicolons',
  );
}
