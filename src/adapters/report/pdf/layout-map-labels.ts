import { labelKey } from '../../../core/report/map-names.js';
import { aroundPoint, overlaps, placeLabel, type Rect } from './place-label.js';

/** What a label names: a member location (bold), a place (for orientation) or a station. */
export type LabelKind = 'location' | 'place' | 'station';

/** A name to place at a point on the page, with the size of its text box. */
export interface LabelRequest {
  name: string;
  kind: LabelKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A placed label. */
export interface PlacedLabel {
  name: string;
  kind: LabelKind;
  at: Rect;
}

/** At most this many place and station names: enough to find one's way, few enough to read. */
export const LABEL_LIMITS: Record<LabelKind, number> = { location: Infinity, place: 12, station: 5 };

function candidates(r: LabelRequest): Rect[] {
  const { x, y, width: w, height: h } = r;
  if (r.kind === 'location') return [{ x: x - w / 2, y: y - 9 - h, width: w, height: h }, ...aroundPoint(x, y, w, h, 8), ...aroundPoint(x, y, w, h, 18)];
  // A place has no marker: its name sits on the place, or just above or below it.
  if (r.kind === 'place') return [{ x: x - w / 2, y: y - h / 2, width: w, height: h }, { x: x - w / 2, y: y - h - 3, width: w, height: h }, { x: x - w / 2, y: y + 3, width: w, height: h }];
  return [...aroundPoint(x, y, w, h, 5), ...aroundPoint(x, y, w, h, 12)];
}

/**
 * Places the labels in order (locations first, then places, then stations): each at the first
 * candidate position that covers no label, marker or `reserved` box and stays inside `frame`;
 * place and station names prefer a position off the `data` boxes (the circles).
 * A name is shown once: a station or place named like a location or an earlier label ("Zwijndrecht"
 * beside the station "Zwijndrecht") gets no second label; a label that fits nowhere is left out.
 */
export function layoutMapLabels(requests: readonly LabelRequest[], markers: readonly Rect[], reserved: readonly Rect[], frame: Rect, data: readonly Rect[] = []): PlacedLabel[] {
  const taken: Rect[] = [...markers, ...reserved];
  const shown = new Set<string>();
  const count: Record<LabelKind, number> = { location: 0, place: 0, station: 0 };
  const placed: PlacedLabel[] = [];
  const inFrame = (c: Rect): boolean => c.x >= frame.x && c.y >= frame.y && c.x + c.width <= frame.x + frame.width && c.y + c.height <= frame.y + frame.height;
  const order: LabelKind[] = ['location', 'place', 'station'];
  for (const kind of order) {
    for (const r of requests.filter((q) => q.kind === kind)) {
      const key = labelKey(r.name);
      if (shown.has(key) || count[kind] >= LABEL_LIMITS[kind]) continue;
      const all = candidates(r).filter(inFrame);
      const onData = (c: Rect): boolean => data.some((d) => overlaps(c, d));
      const at = placeLabel(taken, kind === 'location' ? all : [...all.filter((c) => !onData(c)), ...all.filter(onData)]);
      if (!at) continue;
      shown.add(key);
      count[kind]++;
      placed.push({ name: r.name, kind, at });
    }
  }
  return placed;
}

/**
 * The points whose name is on the map: their own label, or a location or place of the same name
 * (the station "Zwijndrecht" beside the location Zwijndrecht). A station square without a name
 * leaves the reader guessing, so only these are drawn.
 */
export function namedOnMap<T extends { name: string }>(points: readonly T[], labels: readonly PlacedLabel[]): T[] {
  const named = new Set(labels.map((l) => labelKey(l.name)));
  return points.filter((p) => named.has(labelKey(p.name)));
}

/** Whether any two placed labels overlap (for tests and checks). */
export function labelsOverlap(labels: readonly PlacedLabel[]): boolean {
  return labels.some((a, i) => labels.some((b, j) => j > i && overlaps(a.at, b.at)));
}
