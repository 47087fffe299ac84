import { defineMessages, messageLang, renderText, text, type TextValues } from '../../core/i18n/index.js';

/**
 * Why a file cannot be read as a table (by what its first bytes or its zip parts say it is),
 * what to do instead, and the notes on how a readable file was read.
 */
export const tableReadMessages = defineMessages('tableRead', {
  nl: {
    cannotRead: '{path} kan niet gelezen worden: het is {what}.',
    what_xls: 'een oude Excel-werkmap (.xls) of een werkmap met een wachtwoord',
    what_pdf: 'een PDF-document',
    what_png: 'een PNG-afbeelding',
    what_jpeg: 'een JPEG-afbeelding',
    what_gif: 'een GIF-afbeelding',
    what_gzip: 'een gzip-archief',
    what_7zip: 'een 7-Zip-archief',
    what_rar: 'een RAR-archief',
    what_rtf: 'een RTF-document (rich text)',
    what_binary: 'een binair bestand, geen tekst (er staan NUL-bytes in)',
    what_control: 'geen tekstbestand (het zit vol stuurtekens)',
    what_xml2003: 'een Excel 2003 XML-werkblad',
    what_html: 'een HTML-pagina (sommige systemen exporteren HTML-tabellen met de naam .xls)',
    what_damagedZip: 'een beschadigd of onvolledig zip- of xlsx-bestand (het einde ontbreekt of is kapot)',
    what_xlsb: 'een binaire Excel-werkmap (.xlsb)',
    what_word: 'een Word-document',
    what_powerpoint: 'een PowerPoint-presentatie',
    what_opendocument: 'een OpenDocument-bestand (LibreOffice)',
    what_zip: 'een zip-archief, geen Excel-werkmap',
    hint_saveAs: 'Open het in Excel en sla het op als .xlsx of als CSV (puntkomma-gescheiden).',
    hint_saveAsNoPassword: 'Open het in Excel en sla het op als .xlsx of als CSV (puntkomma-gescheiden). Haal eerst een eventueel wachtwoord weg.',
    hint_exportAgain: 'Exporteer de medewerkersgegevens uit het HR-systeem als .xlsx of CSV.',
    hint_unpack: 'Pak het eerst uit en geef het CSV- of XLSX-bestand dat erin zit.',
    hint_copyAgain: 'Kopieer of download het bestand opnieuw; opent het in Excel, sla het dan opnieuw op als .xlsx.',
    noteWorkbookNamedText: '{name} heet {extension} maar is een Excel-werkmap; het is als werkmap gelezen.',
    noteTextNamedWorkbook: '{name} heet {extension} maar is een tekstbestand (CSV); het is als CSV gelezen.',
    noteSheetIgnored: 'De optie --sheet is genegeerd: {name} is een CSV-bestand, en dat heeft geen werkbladen.',
    noteOneColumn: 'Geen scheidingsteken (; , tab of |) deelt de regels van {name}: het is als één kolom gelezen.',
    noteMixedEncoding: '{name} mengt twee tekstcoderingen: gelezen als {encoding}, maar {count, plural, one {regel} other {regels}} {lines}{more, plural, =0 {} other { en nog #}} {count, plural, one {is} other {zijn}} {other}; elke regel is in zijn eigen codering gelezen. Controleer die rijen, en exporteer het bestand opnieuw in één codering als namen er vreemd uitzien.',
    noteOtherSheets: 'Werkblad ‘{sheet}’ gelezen; de werkmap heeft ook gegevens in {others} (kies er één met --sheet).',
    noteStreamed: 'Werkblad ‘{sheet}’ is als stroom gelezen (een grote werkmap): samengevoegde cellen worden niet herhaald, en latere werkbladen zijn niet bekeken (kies er één met --sheet).',
  },
  en: {
    cannotRead: '{path} cannot be read: it is {what}.',
    what_xls: 'an old Excel .xls workbook (or a password-protected workbook)',
    what_pdf: 'a PDF document',
    what_png: 'a PNG image',
    what_jpeg: 'a JPEG image',
    what_gif: 'a GIF image',
    what_gzip: 'a gzip archive',
    what_7zip: 'a 7-Zip archive',
    what_rar: 'a RAR archive',
    what_rtf: 'a rich-text (RTF) document',
    what_binary: 'a binary file, not text (it contains NUL bytes)',
    what_control: 'not a text file (it is full of control characters)',
    what_xml2003: 'an Excel 2003 XML spreadsheet',
    what_html: 'an HTML page (some systems export HTML tables named .xls)',
    what_damagedZip: 'a damaged or incomplete zip/xlsx file (its end is missing or broken)',
    what_xlsb: 'a binary Excel workbook (.xlsb)',
    what_word: 'a Word document',
    what_powerpoint: 'a PowerPoint presentation',
    what_opendocument: 'an OpenDocument file (LibreOffice)',
    what_zip: 'a zip archive, not an Excel workbook',
    hint_saveAs: 'Open it in Excel and save it as .xlsx or as CSV (puntkomma-gescheiden).',
    hint_saveAsNoPassword: 'Open it in Excel and save it as .xlsx or as CSV (puntkomma-gescheiden). Remove any password first.',
    hint_exportAgain: 'Export the employee data from the HR system as .xlsx or CSV.',
    hint_unpack: 'Unpack it first and give the CSV or XLSX file inside.',
    hint_copyAgain: 'Copy or download the file again; if it opens in Excel, save it again as .xlsx.',
    noteWorkbookNamedText: '{name} is named {extension} but is an Excel workbook; it was read as a workbook.',
    noteTextNamedWorkbook: '{name} is named {extension} but is a text (CSV) file; it was read as CSV.',
    noteSheetIgnored: 'The sheet option is ignored: {name} is a CSV file, which has no sheets.',
    noteOneColumn: 'No delimiter (; , tab or |) splits the lines of {name}: it was read as a single column.',
    noteMixedEncoding: '{name} mixes two text encodings: read as {encoding}, but {count, plural, one {line} other {lines}} {lines}{more, plural, =0 {} other { and # more}} {count, plural, one {is} other {are}} {other}; each line was decoded in its own encoding. Check those rows, and export the file again in one encoding if names look wrong.',
    noteOtherSheets: 'Read sheet ‘{sheet}’; the workbook also has data in {others} (choose one with --sheet).',
    noteStreamed: 'Read sheet ‘{sheet}’ as a stream (a big workbook): merged cells are not repeated, and later sheets were not looked at (choose one with --sheet).',
  },
});

/** What a refused file is, as a key of tableReadMessages. */
export type RefusedWhat = Extract<keyof (typeof tableReadMessages)['messages']['nl'], `what_${string}`>;
/** What to do about a refused file, as a key of tableReadMessages. */
export type RefusedHint = Extract<keyof (typeof tableReadMessages)['messages']['nl'], `hint_${string}`>;

/** A note on how a file was read, in the run's language (notes travel on as plain lines). */
export function note(key: Extract<keyof (typeof tableReadMessages)['messages']['nl'], `note${string}`>, values: TextValues = {}): string {
  return renderText(text(tableReadMessages, key, values), messageLang());
}
