import type { Mode } from '../../../core/ingest/types.js';
import { colours } from './pdf-theme.js';

/**
 * One colour per travel mode, the same in every chart and in both languages (a series carries
 * its mode as `key`, never matched on its translated name). The first eight are the Okabe-Ito
 * set (Okabe & Ito 2008, 'Color Universal Design'), the rest from Paul Tol's muted and dark
 * schemes (personal.sron.nl/~pault); together they stay apart for protan, deutan and tritan
 * readers (test/adapters/report/pdf/series-colour.test.ts checks it by simulation).
 */
export const modeColours: Readonly<Record<Mode, string>> = {
  auto: '#D55E00', // vermillion
  carpool: '#E69F00', // orange
  fiets: '#009E73', // bluish green
  'e-bike': '#56B4E9', // sky blue
  'speed pedelec': '#CC79A7', // reddish purple
  ov: '#0072B2', // blue
  lopen: '#F0E442', // yellow
  motor: '#000000', // black
  trein: '#332288', // Tol muted indigo
  bus: '#882255', // Tol muted wine
  'tram/metro': '#666633', // Tol dark yellow
  scooter: '#663333', // Tol dark red
  onbekend: '#DDDDDD', // Tol muted pale grey
};

/** For series that are not modes: the report's accent, then Okabe-Ito colours well apart from it. */
export const seriesPalette: readonly string[] = [colours.accent, '#56B4E9', '#E69F00', '#CC79A7', '#009E73', '#F0E442'];

/** The colour of a series: its mode's colour when it carries a mode key, else by position. */
export function seriesColour(series: { key?: string }, index: number): string {
  const mode = series.key !== undefined ? (modeColours as Record<string, string>)[series.key] : undefined;
  return mode ?? seriesPalette[index % seriesPalette.length] ?? colours.accent;
}

/** Reference lines: the goal in the 'met' colour, a trajectory in dark grey; both drawn dashed. */
export function referenceColour(role: 'goal' | 'trajectory'): string {
  return role === 'goal' ? colours.status.met : colours.muted;
}

/** White or ink, whichever reads better on `fill` (a label inside a bar segment). */
export function textOn(fill: string): string {
  const n = Number.parseInt(fill.slice(1), 16);
  const channel = (v: number): number => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  // the luminance where white and ink give the same contrast ratio
  return luminance > 0.18 ? colours.ink : colours.white;
}
