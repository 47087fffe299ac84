import { z } from 'zod';
import { COLUMN_ROLES, type ColumnOverrides } from '../../core/ingest/types.js';
import { readConfigFile } from './read-json-file.js';
import { text } from '../../core/i18n/index.js';
import { userErrorMessages as um } from '../../core/user-error-messages.js';

/** A mapping file: `{"roles": {"homePostcode": "Postcode woonadres"}, "ignore": ["Opmerking"]}`. */
export const columnOverridesSchema = z
  .object({
    roles: z.partialRecord(z.enum(COLUMN_ROLES), z.string().min(1)).optional(),
    ignore: z.array(z.string()).optional(),
  })
  .strict();

/** Reads and checks a `--columns` mapping file. */
export async function readColumnOverrides(path: string): Promise<ColumnOverrides> {
  return readConfigFile(path, columnOverridesSchema, text(um, 'whatColumns')) as Promise<ColumnOverrides>;
}
