/**
 * Car share classes of a PC4 area, light to dark (ColorBrewer YlOrBr, a sequential scheme that
 * reads by lightness and so for colour-blind readers too; https://colorbrewer2.org).
 */
export const carShareClasses = [
  { upTo: 0.2, colour: '#fee9b2' },
  { upTo: 0.4, colour: '#fec46a' },
  { upTo: 0.6, colour: '#f8963a' },
  { upTo: 0.8, colour: '#d9611b' },
  { upTo: 1, colour: '#993c0a' },
] as const;

/** The fill of a PC4 area by its car share; null when the share is not known (not filled). */
export function carShareColour(share: number | null): string | null {
  if (share === null) return null;
  return (carShareClasses.find((c) => share < c.upTo) ?? carShareClasses[4]).colour;
}

/** Colours of the basemap: sea, the Netherlands, its neighbours, hidden-share areas, PC4 outlines, borders. */
export const basemapColours = {
  sea: '#d6e4ee',
  land: '#fbfaf6',
  neighbour: '#efeeea',
  /** Areas with employees whose car share is hidden: grey, outside the car-share scale. */
  splitHidden: '#cdd3da',
  splitHiddenLine: '#6b7682',
  areaLine: '#d3cfc6',
  border: '#8a8f96',
  circle: '#1d4e89',
  ring: '#2b6f8f',
  place: '#3e4852',
} as const;

/** Largest circle radius in points, for the PC4 with the most car commuters. */
export const maxRadius = 11;

/** Circle radius with area proportional to car commuters (sqrt scale), never smaller than 2 pt. */
export function bubbleRadius(count: number, maxCount: number): number {
  if (maxCount <= 0) return 2;
  return Math.max(2, maxRadius * Math.sqrt(Math.max(0, count) / maxCount));
}

/** Ring strokes per radius, inner to outer: the bike ring dashed and darker, the e-bike ring dotted. */
export function ringDash(index: number): { dash: number; space: number; width: number } {
  return index === 0 ? { dash: 5, space: 3, width: 1.3 } : { dash: 1.5, space: 2.5, width: 1.1 };
}
