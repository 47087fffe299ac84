/** Distinct values remembered per column: covers every mode, FTE or start time a real export uses. */
const DEFAULT_LIMIT = 4096;

/**
 * Remembers the result of a pure cell parser per raw text. HR columns repeat a handful of values
 * (modes, FTEs, start times, places) over many rows, so most rows are a single Map look-up. Once
 * `limit` values are known the rest is parsed each time, so a column of unique values (PC6
 * postcodes, personnel numbers) costs no memory. Results are shared: treat them as read-only.
 */
export function memoiseCell<T>(parse: (raw: string) => T, limit = DEFAULT_LIMIT): (raw: string) => T {
  const known = new Map<string, T>();
  return (raw) => {
    const hit = known.get(raw);
    if (hit !== undefined || known.has(raw)) return hit as T;
    const value = parse(raw);
    if (known.size < limit) known.set(raw, value);
    return value;
  };
}
