/**
 * The columns of a tracking file (parking log, daily counts, registrations), recognised by their
 * Dutch or English header, or named by the user ('date=Datum,time=2'). Pure: headers in, indexes out.
 */
import { text, type Text } from '../i18n/index.js';
import { trackCheckMessages as m } from './track-check-messages.js';
import { normaliseKey } from '../ingest/normalise-key.js';
import { columnByNumber } from '../ingest/resolve-overrides.js';

/** A column's role in a tracking file. */
export type TrackRole =
  | 'timestamp' | 'date' | 'time' | 'direction' | 'vehicleKey'
  | 'morning' | 'evening' | 'count' | 'mode' | 'reason';

/** Which roles each kind of file reads. */
export const ROLES_BY_KIND = {
  log: ['timestamp', 'date', 'time', 'direction', 'vehicleKey'],
  counts: ['date', 'morning', 'evening'],
  registrations: ['date', 'count', 'mode', 'reason'],
} as const satisfies Record<string, readonly TrackRole[]>;
export type TrackFileKind = keyof typeof ROLES_BY_KIND;

// Header words per role, folded by normaliseKey ('Datum/tijd' -> 'datumtijd').
const HEADER_WORDS: Record<TrackRole, readonly string[]> = {
  timestamp: ['tijdstip', 'timestamp', 'datumtijd', 'datetime', 'datetijd', 'moment', 'passage', 'passagetijd', 'tijdstempel'],
  date: ['datum', 'date', 'dag', 'day'],
  time: ['tijd', 'time', 'uur', 'klok'],
  direction: ['richting', 'direction', 'inuit', 'inout', 'beweging', 'movement'],
  vehicleKey: ['kenteken', 'plate', 'licenceplate', 'licenseplate', 'nummerbord', 'pasnummer', 'badge', 'badgenumber', 'badgenummer', 'pas', 'kaartnummer', 'cardnumber', 'card'],
  morning: ['ochtend', 'morning', 'ochtendspits', 'morningpeak', 'am'],
  evening: ['avond', 'evening', 'avondspits', 'eveningpeak', 'pm'],
  count: ['aantal', 'count', 'number', 'spitsmijdingen', 'vermeden', 'avoided'],
  mode: ['modaliteit', 'mode', 'vervoerwijze', 'vervoermiddel', 'alternatief'],
  reason: ['reden', 'reason', 'toelichting', 'motivation'],
};

/** The role a header text stands for, or undefined. */
export function trackRoleOf(header: string, kind: TrackFileKind): TrackRole | undefined {
  const key = normaliseKey(header);
  return (ROLES_BY_KIND[kind] as readonly TrackRole[]).find((role) => HEADER_WORDS[role].includes(key));
}

/** Column indexes by role, or the messages that say what is missing. */
export type TrackColumnsResult =
  | { ok: true; columns: Partial<Record<TrackRole, number>> }
  | { ok: false; errors: Text[] };

/**
 * Reads 'date=Datum,time=2' (or the pairs `--columns` already split, see parseColumnsFlag) into
 * role -> header text or column number.
 */
export function parseColumnSpec(spec: string | ReadonlyArray<readonly [string, string]> | undefined): { overrides: Partial<Record<TrackRole, string>>; errors: Text[] } {
  const overrides: Partial<Record<TrackRole, string>> = {};
  const errors: Text[] = [];
  const roles = Object.keys(HEADER_WORDS) as TrackRole[];
  const pairs: ReadonlyArray<readonly [string, string] | string> = typeof spec === 'string' || spec === undefined
    ? (spec ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '').map((part) => (part.indexOf('=') < 1 ? part : [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)] as const))
    : spec;
  for (const pair of pairs) {
    const [typed, header] = typeof pair === 'string' ? [undefined, undefined] : [pair[0].trim().toLowerCase(), pair[1].trim()];
    const role = roles.find((r) => r.toLowerCase() === typed || (r === 'vehicleKey' && (typed === 'plate' || typed === 'badge')));
    if (role === undefined || header === undefined) errors.push(text(m, 'columnsNotPair', { pair: typeof pair === 'string' ? pair : pair.join('='), roles: roles.join(', ') }));
    else overrides[role] = header;
  }
  return { overrides, errors };
}

/** Resolves the columns of one kind of file from its header row and the user's overrides. */
export function resolveTrackColumns(
  headers: readonly string[],
  kind: TrackFileKind,
  overrides: Partial<Record<TrackRole, string>> = {},
): TrackColumnsResult {
  const columns: Partial<Record<TrackRole, number>> = {};
  const errors: Text[] = [];
  headers.forEach((h, i) => {
    const role = trackRoleOf(h, kind);
    if (role !== undefined && columns[role] === undefined) columns[role] = i;
  });
  for (const [role, wanted] of Object.entries(overrides) as [TrackRole, string][]) {
    // a bare number ('time=2') or, as for HR exports, 'kolom 2' / '#2'
    const byNumber = /^\d+$/.test(wanted) ? Number(wanted) - 1 : (columnByNumber(wanted) ?? -1);
    const index = byNumber >= 0 && byNumber < headers.length ? byNumber : headers.findIndex((h) => normaliseKey(h) === normaliseKey(wanted));
    if (index < 0) errors.push(text(m, 'columnsNoSuchColumn', { wanted, role, headers: headers.filter((h) => h !== '').join(', ') }));
    else columns[role] = index;
  }
  const need = (role: 'date' | 'morning' | 'evening') => {
    if (columns[role] === undefined) errors.push(text(m, 'noColumn', { what: text(m, `what_${role}`), role }));
  };
  if (kind === 'log' && columns.timestamp === undefined) {
    // A lone 'Datum' column in a log usually holds the date and the time together.
    if (columns.date !== undefined && columns.time === undefined) columns.timestamp = columns.date;
    else if (columns.date === undefined || columns.time === undefined) {
      errors.push(text(m, 'noTimeColumns'));
    }
  }
  if (kind === 'counts') {
    need('date');
    need('morning');
    need('evening');
  }
  if (kind === 'registrations') need('date');
  return errors.length > 0 ? { ok: false, errors } : { ok: true, columns };
}
