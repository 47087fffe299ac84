/** Normalises a Dutch postcode to `3318AT` or `3318`; undefined when it is none. */
export function normalizePostcode(value: string): string | undefined {
  const match = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})?\s*$/.exec(value);
  if (!match) return undefined;
  return match[1]! + (match[2]?.toUpperCase() ?? '');
}
