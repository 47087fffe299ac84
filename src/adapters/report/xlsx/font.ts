import type { Font } from 'exceljs';

/**
 * A full font for a styled cell. exceljs replaces a cell's whole font on assignment, and a font
 * without a name falls back to the application's default (a serif in LibreOffice).
 */
export function font(style: Partial<Font> = {}): Partial<Font> {
  return { name: 'Calibri', family: 2, size: 11, ...style };
}
