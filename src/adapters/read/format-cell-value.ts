/**
 * Turns one exceljs cell value into the plain text a CSV export of the same sheet would hold,
 * so that everything after reading sees one kind of row.
 */
export function formatCellValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return formatDate(value);
  if (typeof value !== 'object') return String(value);
  // Excel error values (#N/A, #REF!, #DIV/0!) carry no data
  if ('error' in value) return '';
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('hyperlink' in value) return 'text' in value ? formatCellValue(value.text) : '';
  // formulas: the result Excel cached when it last saved; none when a tool wrote it uncalculated
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? formatCellValue(value.result) : '';
  return '';
}

/**
 * Plain decimal with '.', at Excel's own 15 significant digits so that binary noise such as
 * 0.30000000000000004 reads as 0.3, the way Excel shows it.
 */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toPrecision(15)); // Excel keeps 15 significant digits (Microsoft, "Excel specifications and limits")
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Seconds in a day, for splitting a date into its day and time of day. */
const SECONDS_PER_DAY = 86_400;

/**
 * ISO date 'YYYY-MM-DD'; a time-only cell (Excel day 0, which exceljs dates 1899-12-30)
 * as 'HH:MM'; a date with a time of day as 'YYYY-MM-DD HH:MM'. Seconds only when not zero.
 * exceljs builds these dates in UTC, so UTC parts give back what Excel shows.
 */
function formatDate(value: Date): string {
  const ms = value.getTime();
  if (Number.isNaN(ms)) return '';
  // round to whole seconds: the day fraction in the file rarely lands on an exact millisecond
  const seconds = Math.round(ms / 1000);
  const date = new Date(seconds * 1000);
  const secondOfDay = ((seconds % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY;
  const time = formatTime(secondOfDay);
  if (date.getUTCFullYear() < 1900) return time;
  const day = date.toISOString().slice(0, 10);
  return secondOfDay === 0 ? day : `${day} ${time}`;
}

/** 'HH:MM', or 'HH:MM:SS' when the seconds are not zero. */
function formatTime(secondOfDay: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  const rest = secondOfDay % 60;
  return rest === 0 ? `${pad(hours)}:${pad(minutes)}` : `${pad(hours)}:${pad(minutes)}:${pad(rest)}`;
}
