/** Page geometry, fonts and colours shared by every drawing module of the PDF report. */
export const page = {
  /** A4 in points. */
  width: 595.28,
  height: 841.89,
  left: 50,
  right: 50,
  /** Content starts below the running header and ends above the footer. */
  top: 64,
  bottom: 62,
} as const;

/** The width available for content between the side margins. */
export const contentWidth = page.width - page.left - page.right;

/** Font names as registered with pdfkit (see load-fonts.ts). */
export const fonts = { regular: 'Inter', bold: 'Inter-Bold' } as const;

/**
 * A calm palette: dark blue-grey ink, one teal-blue accent, and status colours that colour-blind
 * readers tell apart too (Okabe-Ito bluish green and vermillion, darkened for white text); a
 * status is never shown by colour alone: its word and a symbol go with it (status-symbol.ts).
 */
export const colours = {
  ink: '#1f2933',
  muted: '#5f6b7a',
  faint: '#9aa5b1',
  rule: '#d5dbe1',
  band: '#eef3f7',
  zebra: '#f7f9fb',
  accent: '#1d5c7d',
  accentLight: '#dce9f1',
  white: '#ffffff',
  warning: '#b45309',
  status: {
    met: '#007a5e',
    'on-track': '#007a5e',
    behind: '#c0470a',
    'no-data': '#8a949e',
  },
} as const;

/** Type sizes in points. */
export const sizes = {
  h1: 18,
  h2: 13,
  body: 9.5,
  small: 8,
  tiny: 7,
} as const;
