// Draws the map's stripe patterns as pixels for map.addImage, so they need no sprite server: the
// hatch that marks claimed/annexed regions (rising to the right) and the disputed stripes (falling
// to the right, so both read at once on a region that is both).
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export type StripeDirection = 'rising' | 'falling';

/** Hex #rrggbb to [r, g, b]. */
function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/** A square tile with one 2-pixel diagonal stripe, which tiles seamlessly. */
export function stripeImage(colour: string, direction: StripeDirection, size = 12, width = 2): PatternImage {
  const [r, g, b] = rgb(colour);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // Screen y grows downwards: x + y constant rises to the right, x - y constant falls.
      const onStripe = (direction === 'rising' ? x + y : x - y + size) % size < width;
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = onStripe ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}

/** The claimed hatch, as before: dark stripes rising to the right. */
export function hatchImage(size = 12, colour = '#111827'): PatternImage {
  return stripeImage(colour, 'rising', size);
}
