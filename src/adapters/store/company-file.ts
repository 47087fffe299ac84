import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { orThrow } from '../../core/workspace/checked.js';
import { formatCompanyCsv, parseCompanyCsv } from '../../core/workspace/company-csv.js';
import { formatCompanyYaml, parseCompanyYaml } from '../../core/workspace/company-yaml.js';
import type { Company, CompanyInput } from '../../core/workspace/types.js';
import { InputError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { companyMessages } from '../../core/workspace/company-messages.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';

/** The two formats of a company file, told apart by the file's extension. */
export type CompanyFileFormat = 'csv' | 'yaml';

/** `.csv` is CSV, `.yaml`/`.yml` is YAML; anything else is an InputError. */
export function companyFileFormat(path: string): CompanyFileFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  throw new InputError(text(companyMessages, 'unknownFileType', { path, ext: `'${ext || '-'}'` }), text(companyMessages, 'unknownFileTypeHint'));
}

/** Reads and checks a company file; every problem is reported at once, with its line or company. */
export function readCompanyFile(path: string): CompanyInput[] {
  const format = companyFileFormat(path);
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(text(companyMessages, 'cannotRead', { path, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
  }
  return orThrow(format === 'csv' ? parseCompanyCsv(content) : parseCompanyYaml(content), text(companyMessages, 'fixAndImport', { path }));
}

/** Writes companies to a CSV or YAML file atomically; the file imports back to the same state. */
export async function writeCompanyFile(path: string, companies: readonly Company[]): Promise<void> {
  const text = companyFileFormat(path) === 'csv' ? formatCompanyCsv(companies) : formatCompanyYaml(companies);
  await writeFileAtomic(path, text);
}
