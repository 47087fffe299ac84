import { z } from 'zod';
import { UsageError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { columnsFlagMessages } from '../../core/ingest/columns-flag-messages.js';
import { parseColumnsFlag } from '../../core/ingest/parse-columns-flag.js';
import { COLUMN_ROLES, type ColumnOverrides, type ColumnRole } from '../../core/ingest/types.js';
import { readColumnOverrides } from './read-column-overrides.js';
import { readConfigFile } from './read-json-file.js';
import { userErrorMessages as um } from '../../core/user-error-messages.js';

/** The split flag, or a usage error for the first value that cannot be read. */
function split(values: string | readonly string[] | undefined) {
  const flag = parseColumnsFlag(values);
  if (flag.errors.length > 0) throw new UsageError(flag.errors[0]!, text(columnsFlagMessages, 'hint'));
  return flag;
}

/**
 * `--columns` of the HR-export commands (scan, columns, batch): the mapping file if one is given,
 * with the ROLE=HEADER pairs over it (a pair wins). Undefined when the flag was not given.
 */
export async function readColumnsFlag(values: string | readonly string[] | undefined): Promise<ColumnOverrides | undefined> {
  const flag = split(values);
  if (flag.file === undefined && flag.pairs.length === 0) return undefined;
  const fromFile: ColumnOverrides = flag.file === undefined ? {} : await readColumnOverrides(flag.file);
  const roles: Partial<Record<ColumnRole, string>> = { ...fromFile.roles };
  for (const [typed, header] of flag.pairs) {
    const role = COLUMN_ROLES.find((r) => r.toLowerCase() === typed.toLowerCase());
    if (role === undefined) throw new UsageError(text(columnsFlagMessages, 'unknownRole', { role: typed, roles: COLUMN_ROLES.join(', ') }), text(columnsFlagMessages, 'hint'));
    roles[role] = header;
  }
  return { ...fromFile, roles };
}

/** A tracking file's mapping file: `{"roles": {"timestamp": "Passage", "direction": "Rijrichting"}}`. */
const trackMappingSchema = z.object({ roles: z.record(z.string(), z.string().min(1)) }).strict();

/**
 * `--columns` of `track import`: the ROLE=HEADER pairs of the mapping file, then those of the
 * flag (later pairs win); the tracking roles themselves are checked by the import.
 */
export async function readTrackColumnsFlag(values: string | readonly string[] | undefined): Promise<Array<[role: string, header: string]>> {
  const flag = split(values);
  const fromFile = flag.file === undefined ? [] : Object.entries((await readConfigFile(flag.file, trackMappingSchema, text(um, 'whatColumns'))).roles);
  return [...fromFile, ...flag.pairs];
}
