/** A point on the page in points. */
export interface XY {
  x: number;
  y: number;
}

/** Segments per circle: smooth at map scale (a 15 km ring is about 150 pt across). */
const SEGMENTS = 120;

/**
 * The outline of the union of equal circles around `centres`: the parts of each circle that
 * lie inside no other. Locations close together then share one contour ("within 7.5 km of a
 * location") instead of a knot of overlapping rings. Returns open polylines.
 */
export function ringOutline(centres: readonly XY[], radius: number): XY[][] {
  const unique = centres.filter((c, i) => centres.findIndex((d) => Math.hypot(c.x - d.x, c.y - d.y) < 1e-6) === i);
  const inside = (p: XY, self: number): boolean => unique.some((c, j) => j !== self && Math.hypot(p.x - c.x, p.y - c.y) < radius - 1e-9);
  const lines: XY[][] = [];
  unique.forEach((c, i) => {
    const at = (k: number): XY => ({ x: c.x + radius * Math.cos((2 * Math.PI * k) / SEGMENTS), y: c.y + radius * Math.sin((2 * Math.PI * k) / SEGMENTS) });
    const visible = Array.from({ length: SEGMENTS }, (_, k) => !inside(at(k + 0.5), i));
    if (visible.every(Boolean)) {
      lines.push(Array.from({ length: SEGMENTS + 1 }, (_, k) => at(k)));
      return;
    }
    // Start at a hidden segment so that every visible run is one polyline.
    const start = visible.indexOf(false);
    let run: XY[] = [];
    for (let n = 1; n <= SEGMENTS; n++) {
      const k = (start + n) % SEGMENTS;
      if (visible[k]) {
        if (run.length === 0) run.push(at(k));
        run.push(at(k + 1));
      } else if (run.length > 0) {
        lines.push(run);
        run = [];
      }
    }
    if (run.length > 0) lines.push(run);
  });
  return lines;
}
