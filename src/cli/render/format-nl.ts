/** Dutch number formatting for the terminal: 1.234,5 */
const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** Formats a count or a rounded number the Dutch way (thousands with a dot). */
export function formatInt(value: number): string {
  return integer.format(value);
}

/** Formats a number with a fixed number of decimals the Dutch way. */
export function formatDecimal(value: number, digits = 1): string {
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Formats a share 0..1 as a Dutch percentage ('12,5%'). */
export function formatPct(share: number, digits = 1): string {
  return `${formatDecimal(share * 100, digits)}%`;
}
