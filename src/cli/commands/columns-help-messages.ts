import { defineMessages } from '../../core/i18n/index.js';

/** The help of `mobiscan columns`. */
export const columnsHelpMessages = defineMessages('columnsHelp', {
  nl: {
    description: 'toon hoe elke kolom van een HR-bestand wordt begrepen (rol, zekerheid, voorbeeldwaarden)',
    argFile: 'HR-bestand: CSV (elk scheidingsteken, elke tekenset) of Excel .xlsx',
    optSheet: 'het werkblad dat gelezen wordt (standaard: het eerste met gegevens)',
    optColumns: 'kolomindeling (JSON) die de automatische herkenning overschrijft',
    explanation: `Kolommen met persoonsgegevens (namen, straten, huisnummers, geboortedata, e-mail, telefoon, BSN)
staan in de lijst als weggelaten, zonder voorbeeldwaarden; ze worden verder nooit gelezen.`,
  },
  en: {
    description: 'show how each column of an HR export is understood (role, confidence, samples)',
    argFile: 'HR export: CSV (any delimiter or encoding) or Excel .xlsx',
    optSheet: 'worksheet to read (default: the first with data)',
    optColumns: 'column mapping file that overrides recognition',
    explanation: `Personal-data columns (names, streets, house numbers, birth dates, e-mail, phone, BSN) are
listed as dropped, without sample values; they are never read further.`,
  },
});
