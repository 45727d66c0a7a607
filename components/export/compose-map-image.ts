// Composes the map canvas, exactly as drawn (the rows of it the reader sees), with a title, legend,
// date, attribution and URL onto one canvas for download. Sizes are CSS pixels times the map canvas's own pixel ratio, so
// the map is copied 1:1 and the text is as sharp as the map.
export interface MapImageLegendEntry {
  label: string;
  fill: string;
  hatched?: boolean;
  /** Stripes over the fill (the disputed state), falling to the right as on the map. */
  stripes?: string;
  /** A locality's dot: drawn as a circle with this outline instead of a swatch. */
  dot?: string;
}

export interface MapImageText {
  title: string;
  subtitle: string;
  legend: MapImageLegendEntry[];
  attribution: string;
  url: string;
  fontFamily: string;
}

/** Height of the title band above the map, in CSS pixels, when the title and subtitle fit on a line each. */
export const MAP_IMAGE_HEADER = 62;
const PAD = 16;
const SWATCH_W = 22;
const SWATCH_H = 13;
const LINE = 18;

function wrapWords(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface PlacedEntry {
  entry: MapImageLegendEntry;
  x: number;
  y: number;
  lines: string[];
}

/** Legend entries side by side while they fit, wrapping to new rows (and long labels to new lines). */
function placeLegend(ctx: CanvasRenderingContext2D, entries: MapImageLegendEntry[], width: number): { placed: PlacedEntry[]; height: number } {
  const placed: PlacedEntry[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const entry of entries) {
    const labelRoom = width - SWATCH_W - 6;
    const lines = ctx.measureText(entry.label).width > labelRoom ? wrapWords(ctx, entry.label, labelRoom) : [entry.label];
    const w = SWATCH_W + 6 + Math.max(...lines.map((l) => ctx.measureText(l).width)) + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    placed.push({ entry, x, y, lines });
    x += w;
    rowHeight = Math.max(rowHeight, lines.length * LINE + 4);
  }
  return { placed, height: y + rowHeight };
}

/** Diagonal lines across a swatch: rising to the right (the claimed hatch) or falling (the disputed stripes). */
function swatchLines(ctx: CanvasRenderingContext2D, left: number, top: number, colour: string, direction: 'rising' | 'falling'): void {
  const [from, to] = direction === 'rising' ? [top + SWATCH_H, top] : [top, top + SWATCH_H];
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, SWATCH_W, SWATCH_H);
  ctx.clip();
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  for (let d = -SWATCH_H; d < SWATCH_W; d += 5) {
    ctx.beginPath();
    ctx.moveTo(left + d, from);
    ctx.lineTo(left + d + SWATCH_H, to);
    ctx.stroke();
  }
  ctx.restore();
}

function drawSwatch(ctx: CanvasRenderingContext2D, entry: MapImageLegendEntry, left: number, top: number): void {
  if (entry.dot) {
    const r = SWATCH_H / 2 - 1;
    ctx.beginPath();
    ctx.arc(left + SWATCH_W / 2, top + SWATCH_H / 2, r, 0, 2 * Math.PI);
    ctx.fillStyle = entry.fill;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = entry.dot;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(left + SWATCH_W / 2, top + SWATCH_H / 2, r + 1.5, 0, 2 * Math.PI);
    ctx.lineWidth = 1;
    ctx.strokeStyle = '#94a3b8';
    ctx.stroke();
    return;
  }
  ctx.fillStyle = entry.hatched ? '#ffffff' : entry.fill;
  ctx.fillRect(left, top, SWATCH_W, SWATCH_H);
  if (entry.hatched) swatchLines(ctx, left, top, entry.fill, 'rising');
  if (entry.stripes) swatchLines(ctx, left, top, entry.stripes, 'falling');
  ctx.strokeStyle = '#475569';
  ctx.lineWidth = 1;
  ctx.strokeRect(left + 0.5, top + 0.5, SWATCH_W - 1, SWATCH_H - 1);
}

/** A URL broken before its "/", "?", "&" and "#" where it does not fit on one line. */
function wrapUrl(ctx: CanvasRenderingContext2D, url: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of url.split(/(?=[/?&#])/)) {
    if (line && ctx.measureText(line + token).width > width) {
      lines.push(line);
      line = token;
    } else line += token;
  }
  if (line) lines.push(line);
  return lines;
}

/** Rows of the map canvas to copy, in CSS pixels from its top: what the reader sees of it. */
export interface MapImageCrop {
  top: number;
  height: number;
}

export function composeMapImage(map: HTMLCanvasElement, text: MapImageText, crop?: MapImageCrop): HTMLCanvasElement {
  const ratio = map.width / Math.max(1, map.clientWidth || map.width);
  const cssWidth = map.width / ratio;
  // The rows of the canvas the reader sees (on a phone the bottom sheet covers the rest), in device pixels.
  const srcTop = crop ? Math.max(0, Math.round(crop.top * ratio)) : 0;
  const srcHeight = crop ? Math.max(1, Math.min(map.height - srcTop, Math.round(crop.height * ratio))) : map.height;
  const inner = cssWidth - 2 * PAD;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  const font = (size: number, weight = 400) => `${weight} ${size}px ${text.fontFamily}`;

  // The title and subtitle wrap on a narrow (phone) map rather than being squeezed.
  ctx.font = font(19, 700);
  const title = wrapWords(ctx, text.title, inner);
  ctx.font = font(13, 700);
  const subtitle = wrapWords(ctx, text.subtitle, inner);
  const header = MAP_IMAGE_HEADER + (title.length - 1) * 24 + (subtitle.length - 1) * 17;
  ctx.font = font(13);
  const legend = placeLegend(ctx, text.legend, inner);
  ctx.font = font(12);
  const attribution = wrapWords(ctx, text.attribution, inner);
  ctx.font = font(12, 700);
  const url = wrapUrl(ctx, text.url, inner);
  const footer = PAD + legend.height + 6 + (attribution.length + url.length) * 16 + PAD;
  out.width = map.width;
  out.height = Math.round((header + footer) * ratio) + srcHeight;

  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, cssWidth, out.height / ratio);
  ctx.fillStyle = '#0f172a';
  ctx.font = font(19, 700);
  title.forEach((line, i) => ctx.fillText(line, PAD, 28 + i * 24, inner));
  ctx.fillStyle = '#9f1239';
  ctx.font = font(13, 700);
  subtitle.forEach((line, i) => ctx.fillText(line, PAD, 50 + (title.length - 1) * 24 + i * 17, inner));

  // The map itself, pixel for pixel.
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(map, 0, srcTop, map.width, srcHeight, 0, Math.round(header * ratio), map.width, srcHeight);
  ctx.scale(ratio, ratio);

  let y = header + srcHeight / ratio + PAD;
  ctx.font = font(13);
  for (const p of legend.placed) {
    drawSwatch(ctx, p.entry, PAD + p.x, y + p.y);
    ctx.fillStyle = '#1e293b';
    p.lines.forEach((line, i) => ctx.fillText(line, PAD + p.x + SWATCH_W + 6, y + p.y + 11 + i * LINE));
  }
  y += legend.height + 6;
  ctx.fillStyle = '#475569';
  ctx.font = font(12);
  attribution.forEach((line, i) => ctx.fillText(line, PAD, y + 12 + i * 16));
  ctx.fillStyle = '#1e3a8a';
  ctx.font = font(12, 700);
  url.forEach((line, i) => ctx.fillText(line, PAD, y + 12 + (attribution.length + i) * 16, inner));
  return out;
}
