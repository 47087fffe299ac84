/**
 * The morning and evening peak windows in minutes after midnight; a time belongs to a window
 * when startMin <= time < endMin, so 09:00 is already outside 07:00-09:00.
 */

/** One window, minutes after midnight, end excluded. */
export interface TimeWindow {
  startMin: number;
  endMin: number;
}

/** The two windows that count (a setting per alliance or company). */
export interface PeakWindows {
  morning: TimeWindow;
  evening: TimeWindow;
}

/** 07:00-09:00 and 16:30-18:00: I&W "Spitsvrij" 2025 (docs/method.md). */
export const DEFAULT_PEAK_WINDOWS: PeakWindows = {
  morning: { startMin: 7 * 60, endMin: 9 * 60 }, // I&W "Spitsvrij" 2025: 07:00-09:00
  evening: { startMin: 16 * 60 + 30, endMin: 18 * 60 }, // I&W "Spitsvrij" 2025: 16:30-18:00
};

/** True when `minutes` (after midnight) falls in the window. */
export function inWindow(minutes: number, window: TimeWindow): boolean {
  return minutes >= window.startMin && minutes < window.endMin;
}

/** 'HH:MM-HH:MM' for messages and the method appendix. */
export function formatWindow(window: TimeWindow): string {
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `${hhmm(window.startMin)}-${hhmm(window.endMin)}`;
}
