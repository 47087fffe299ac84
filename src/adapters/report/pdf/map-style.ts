import { colours } from './pdf-theme.js';

/** Car share classes, from few car commuters (green) to almost all (red). */
export const carShareClasses = [
  { upTo: 0.2, colour: '#3b8e5a' },
  { upTo: 0.4, colour: '#8cb369' },
  { upTo: 0.6, colour: '#e9c46a' },
  { upTo: 0.8, colour: '#e07a3f' },
  { upTo: 1, colour: '#b83a3a' },
] as const;

/** The fill of a PC4 circle by its car share; grey when the share is not known. */
export function carShareColour(share: number | null): string {
  if (share === null) return colours.faint;
  return (carShareClasses.find((c) => share < c.upTo) ?? carShareClasses[4]).colour;
}

/** Largest circle radius in points, for the PC4 with the most employees. */
export const maxRadius = 16;

/** Circle radius with area proportional to employees (sqrt scale), never smaller than 2 pt. */
export function bubbleRadius(employees: number, maxEmployees: number): number {
  if (maxEmployees <= 0) return 2;
  return Math.max(2, maxRadius * Math.sqrt(Math.max(0, employees) / maxEmployees));
}

/** Ring strokes: the inner ring dashed, the outer ones dotted and lighter. */
export function ringDash(index: number): { dash: number; space: number; opacity: number } {
  return index === 0 ? { dash: 5, space: 3, opacity: 0.9 } : { dash: 1.5, space: 2.5, opacity: 0.7 };
}
