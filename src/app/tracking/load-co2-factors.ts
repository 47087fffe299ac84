import { readBuiltInJson } from '../../adapters/geodata/built-in-data.js';
import { describeIssues } from '../../adapters/config/read-json-file.js';
import { ConfigError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { userErrorMessages as um } from '../../core/user-error-messages.js';
import { type Co2FactorFile, co2FactorFileSchema } from '../../core/settings/co2-factor-schema.js';

/** The shipped CO2 factor table (data/settings/co2-factors.json), checked. */
export async function loadCo2FactorFile(): Promise<Co2FactorFile> {
  const parsed = co2FactorFileSchema.safeParse(await readBuiltInJson('settings/co2-factors.json'));
  if (!parsed.success) {
    const problems = describeIssues(parsed.error.issues);
    throw new ConfigError(text(um, 'configWrong', { what: text(um, 'whatCo2Factors'), path: 'data/settings/co2-factors.json', problems }), text(um, 'shippedDataHint'));
  }
  return parsed.data;
}
