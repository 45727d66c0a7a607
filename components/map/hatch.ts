// Draws the diagonal hatch that marks claimed/annexed regions, as pixels for map.addImage,
// so the pattern needs no sprite server.
export function hatchImage(size = 12, colour: [number, number, number] = [17, 24, 39]): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // A 2-pixel stripe along the anti-diagonal tiles seamlessly.
      const onStripe = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data[i] = colour[0];
      data[i + 1] = colour[1];
      data[i + 2] = colour[2];
      data[i + 3] = onStripe ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}
