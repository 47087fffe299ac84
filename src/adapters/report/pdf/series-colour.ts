import { colours } from './pdf-theme.js';

/** One colour per travel mode, the same in every chart and in both languages. */
const modeColours: [RegExp, string][] = [
  [/^(auto|car|lease)\b/i, '#c8553d'],
  [/^(e-?bike|speed ?pedelec)/i, '#2a9d8f'],
  [/^(fiets|bike|bicycle|cycling)/i, '#6a994e'],
  [/^(ov|pt|openbaar|public|trein|train|bus|tram|metro)\b/i, '#3a6ea5'],
  [/^(carpool)/i, '#8e6bb8'],
  [/^(lopen|walk)/i, '#e0a526'],
  [/^(motor|scooter|brommer)/i, '#a0785a'],
  [/^(overig|other|onbekend|unknown|thuis|home)/i, '#a5afba'],
];

/** For series that are not modes: calm, well separated colours. */
const palette = [colours.accent, '#7fb3d5', '#e09f3e', '#6a994e', '#8e6bb8', '#a5afba'];

/** The colour of a series: its mode colour when the name is a mode, else by position. */
export function seriesColour(name: string, index: number): string {
  const mode = modeColours.find(([pattern]) => pattern.test(name.trim()));
  return mode ? mode[1] : (palette[index % palette.length] ?? colours.accent);
}

/** Reference lines: the goal in green, a trajectory in dark grey; both drawn dashed. */
export function referenceColour(role: 'goal' | 'trajectory'): string {
  return role === 'goal' ? colours.status.met : colours.muted;
}
