import { createRequire } from 'node:module';

/** The exceljs module as the report writer uses it. */
export type ExcelModule = typeof import('exceljs');

let loaded: ExcelModule | undefined;

/**
 * exceljs as its published single-file build without browser polyfills (`dist/exceljs.bare.js`,
 * the same version): it loads in about 0.1 s where the package's many-file Node entry takes
 * 0.4 s, a fifth of a report run. It writes the same workbook (a test compares the two); reading
 * HR exports keeps the Node entry for its streaming reader. Required, not imported: an import
 * first scans the 1 MB file for its export names. Loaded once per thread.
 */
export function loadExcelWriter(): ExcelModule {
  loaded ??= createRequire(import.meta.url)('exceljs/dist/exceljs.bare.min.js') as ExcelModule;
  return loaded;
}
