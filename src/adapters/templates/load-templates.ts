import { readFile } from 'node:fs/promises';
import { packagePath } from '../package-path.js';
import { parseCatalogue } from '../../core/advice/parse-catalogue.js';
import { ConfigError } from '../../core/errors.js';
import { joinTexts, text } from '../../core/i18n/index.js';
import { userErrorMessages as um } from '../../core/user-error-messages.js';
import type { Catalogue } from '../../core/advice/catalogue-schema.js';
import type { Lang } from '../../core/report/report-model.js';
import { reportTexts, type ReportTexts } from '../../core/report/report-texts.js';

/** Path of a file in the package's templates/ folder. */
function templatePath(relative: string): string {
  return packagePath('templates', relative);
}

async function readTemplateJson(relative: string): Promise<unknown> {
  return JSON.parse(await readFile(templatePath(relative), 'utf8')) as unknown;
}

/** The advice catalogue (templates/advice/measures.json), validated. */
export async function loadCatalogue(): Promise<Catalogue> {
  const parsed = parseCatalogue(await readTemplateJson('advice/measures.json'));
  if (!parsed.ok) {
    const problems = joinTexts(parsed.errors, 'semicolons');
    throw new ConfigError(text(um, 'configWrong', { what: text(um, 'whatCatalogue'), path: templatePath('advice/measures.json'), problems }), text(um, 'catalogueHint'));
  }
  return parsed.catalogue;
}

/** The fixed report texts of one language (the report catalogues of the language layer). */
export async function loadReportTexts(lang: Lang): Promise<ReportTexts> {
  return reportTexts(lang);
}
