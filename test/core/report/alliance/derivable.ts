/**
 * Which hidden inputs the published numbers of a report determine, by linear algebra: the
 * Jacobian of every published number with respect to every input, taken by central differences.
 * An input is derivable (locally, which is all a reader with a calculator needs) exactly when its
 * unit vector lies in the row space of that Jacobian plus the unit vectors of what the reader
 * already knows (its own figures). When it does not, there is a direction in which the input
 * changes while every published number stays the same.
 */

/** Every number a model publishes, by path: numeric leaves, and numbers marked ⟦…⟧ inside texts. */
export function publishedNumbers(value: unknown, path = '', out = new Map<string, number>()): Map<string, number> {
  if (typeof value === 'number') out.set(path, value);
  else if (typeof value === 'string') {
    let i = 0;
    for (const m of value.matchAll(/⟦([^⟧]+)⟧/g)) out.set(`${path}#${i++}`, Number(m[1]));
  } else if (Array.isArray(value)) value.forEach((v, i) => publishedNumbers(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) publishedNumbers(v, `${path}.${k}`, out);
  return out;
}

/** The Jacobian (published numbers x inputs), each column scaled by its input (a relative step). */
export function jacobian(inputs: readonly number[], publish: (x: number[]) => Map<string, number>): number[][] {
  const at = publish([...inputs]);
  const keys = [...at.keys()];
  const columns = inputs.map((x, j) => {
    const h = 1e-5 * (Math.abs(x) || 1);
    const up = [...inputs];
    const down = [...inputs];
    up[j] = x + h;
    down[j] = x - h;
    const a = publish(up);
    const b = publish(down);
    if (a.size !== at.size || b.size !== at.size) throw new Error(`input ${j} changes which numbers are published`);
    return keys.map((k) => ((a.get(k)! - b.get(k)!) / (2 * h)) * (Math.abs(x) || 1));
  });
  return keys.map((_, i) => columns.map((c) => c[i]!));
}

/** An orthonormal basis of the rows' span (modified Gram-Schmidt, twice, dropping dependent rows). */
export function rowBasis(rows: readonly number[][], tolerance = 1e-7): number[][] {
  const basis: number[][] = [];
  for (const row of rows) {
    const norm0 = Math.hypot(...row);
    if (norm0 === 0) continue;
    let v = row.map((x) => x / norm0);
    for (let pass = 0; pass < 2; pass++) {
      for (const q of basis) {
        const dot = q.reduce((s, qi, i) => s + qi * v[i]!, 0);
        v = v.map((x, i) => x - dot * q[i]!);
      }
    }
    const norm = Math.hypot(...v);
    if (norm > tolerance) basis.push(v.map((x) => x / norm));
  }
  return basis;
}

/** Whether input j is determined by the published numbers plus the inputs the reader knows. */
export function isDerivable(basis: readonly number[][], j: number): boolean {
  const inSpan = basis.reduce((s, q) => s + q[j]! * q[j]!, 0);
  return inSpan > 1 - 1e-6;
}

/** The unit row of input j among n. */
export const unit = (j: number, n: number): number[] => Array.from({ length: n }, (_, i) => (i === j ? 1 : 0));
