import { isText, renderText, type Text } from '../i18n/index.js';
import { text, type ReportTexts } from './report-texts.js';

/** Built-in data sources by the start of their attribution line, and the report text that names them plainly. */
const KNOWN: [RegExp, string][] = [
  [/^Postcodes \(PC4, built in\)/, 'attr_pc4'],
  [/^Places:/, 'attr_places'],
  [/^Rail stations:/, 'attr_stations'],
  [/^Public holidays:/, 'attr_holidays'],
  [/^Cycling uptake:/, 'attr_pct'],
  [/^CO2 factors:/, 'attr_co2'],
];

/**
 * The attributions of the data a report rests on, in the report's language and without package
 * or file names: the built-in sources by their own text, an imported postcode table by what its
 * importer wrote.
 */
export function reportAttributions(lines: readonly (string | Text)[], t: ReportTexts): string[] {
  return lines.map((line) => {
    if (isText(line)) return renderText(line, t.lang);
    const known = KNOWN.find(([pattern]) => pattern.test(line));
    if (known) return text(t, known[1]);
    const imported = /^Postcodes: (.*)$/.exec(line);
    return imported ? text(t, 'attr_postcodes', { source: imported[1]! }) : line;
  });
}
