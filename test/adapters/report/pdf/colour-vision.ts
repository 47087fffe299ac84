/**
 * How far apart two colours look to a reader with normal vision and with each of the three
 * kinds of colour blindness: the colours are simulated with the matrices of Machado, Oliveira &
 * Fernandes (2009, severity 1.0) and compared as CIE76 distance in CIELAB (about 2.3 is just
 * noticeable; under 10 two chart segments are easily confused).
 */

type Rgb = [number, number, number];

const simulations: Record<'normal' | 'protan' | 'deutan' | 'tritan', number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protan: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deutan: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritan: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

/** The kinds of vision compared. */
export type Vision = keyof typeof simulations;
export const visions = Object.keys(simulations) as Vision[];

/** '#RRGGBB' or 'FFRRGGBB' (Excel ARGB) as linear RGB 0..1. */
export function linearRgb(colour: string): Rgb {
  const hex = colour.replace(/^#/, '').slice(-6);
  const n = Number.parseInt(hex, 16);
  const lin = (v: number): number => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return [lin((n >> 16) & 255), lin((n >> 8) & 255), lin(n & 255)];
}

/** A colour as CIELAB (D65) as seen with the given vision. */
export function labAs(colour: string, vision: Vision): Rgb {
  const c = linearRgb(colour);
  const [r, g, b] = simulations[vision].map((row) => Math.min(1, Math.max(0, row[0]! * c[0] + row[1]! * c[1] + row[2]! * c[2]))) as Rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The smallest CIE76 distance between two colours over normal vision and the three kinds of colour blindness. */
export function leastDistance(a: string, b: string): { distance: number; vision: Vision } {
  let least = { distance: Infinity, vision: 'normal' as Vision };
  for (const vision of visions) {
    const [p, q] = [labAs(a, vision), labAs(b, vision)];
    const distance = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
    if (distance < least.distance) least = { distance, vision };
  }
  return least;
}

/** Every pair of named colours closer than `min` for some reader, as 'a/b (vision, distance)'. */
export function confusablePairs(named: Record<string, string>, min: number): string[] {
  const entries = Object.entries(named);
  return entries.flatMap(([a, ca], i) =>
    entries.slice(i + 1).flatMap(([b, cb]) => {
      const { distance, vision } = leastDistance(ca, cb);
      return distance < min ? [`${a}/${b} (${vision}, ${distance.toFixed(1)})`] : [];
    }),
  );
}
