import { defineMessages } from '../../core/i18n/index.js';

/** The help line of `--columns`, which means the same on scan, columns, batch and track import. */
export const columnsOptionMessages = defineMessages('columnsOption', {
  nl: {
    optColumns: 'kolommen benoemen: een koppelbestand (JSON/YAML met "roles") of paren ROL=KOP, met komma’s of herhaald; KOP mag "kolom 3" zijn',
  },
  en: {
    optColumns: 'name columns: a mapping file (JSON/YAML with "roles") or ROLE=HEADER pairs, comma-separated or repeated; HEADER may be "kolom 3"',
  },
});
