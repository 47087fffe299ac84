/** Dutch number formatting for the terminal: 1.234,5 */

// Built on first use, not at load: creating an Intl.NumberFormat loads locale data (tens of ms),
// which a --json run never needs. One formatter per number of decimals, reused.
const formats = new Map<string, Intl.NumberFormat>();

function format(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}:${maximumFractionDigits}`;
  let nf = formats.get(key);
  if (!nf) formats.set(key, (nf = new Intl.NumberFormat('nl-NL', { minimumFractionDigits, maximumFractionDigits })));
  return nf;
}

/** Formats a count or a rounded number the Dutch way (thousands with a dot). */
export function formatInt(value: number): string {
  return format(0, 0).format(value);
}

/** Formats a number with a fixed number of decimals the Dutch way. */
export function formatDecimal(value: number, digits = 1): string {
  return format(digits, digits).format(value);
}

/** Formats a share 0..1 as a Dutch percentage ('12,5%'). */
export function formatPct(share: number, digits = 1): string {
  return `${formatDecimal(share * 100, digits)}%`;
}
