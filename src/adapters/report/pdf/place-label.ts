/** A rectangle on the page in points (x, y is the top left corner). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two rectangles overlap. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Takes the first candidate that overlaps nothing already taken, marks it taken and returns it;
 * null when every candidate collides (the label is then left out rather than drawn over another).
 */
export function placeLabel(taken: Rect[], candidates: Rect[]): Rect | null {
  const free = candidates.find((c) => !taken.some((t) => overlaps(c, t)));
  if (free) taken.push(free);
  return free ?? null;
}

/** Candidate positions for a label of the given size around a point: right, left, below, above. */
export function aroundPoint(x: number, y: number, width: number, height: number, distance: number): Rect[] {
  return [
    { x: x + distance, y: y - height / 2, width, height },
    { x: x - distance - width, y: y - height / 2, width, height },
    { x: x - width / 2, y: y + distance, width, height },
    { x: x - width / 2, y: y - distance - height, width, height },
  ];
}
