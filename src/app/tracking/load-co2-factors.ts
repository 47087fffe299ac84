import { readBuiltInJson } from '../../adapters/geodata/built-in-data.js';
import { describeIssues } from '../../adapters/config/read-json-file.js';
import { ConfigError } from '../../core/errors.js';
import { type Co2FactorFile, co2FactorFileSchema } from '../../core/settings/co2-factor-schema.js';

/** The shipped CO2 factor table (data/settings/co2-factors.json), checked. */
export async function loadCo2FactorFile(): Promise<Co2FactorFile> {
  const parsed = co2FactorFileSchema.safeParse(await readBuiltInJson('settings/co2-factors.json'));
  if (!parsed.success) throw new ConfigError(`data/settings/co2-factors.json is wrong: ${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}
