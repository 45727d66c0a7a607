// The four oblasts as a small SVG picture (the /check page colours them by one text's claims):
// their low-detail outlines projected as the map projects them, as path data, with the point
// where each name goes. Made on the server; the browser only fills the shapes.
import { labelPoint } from '@/lib/geo/label-point';
import { boundsOf, fitProjection, svgPath } from '@/lib/geo/project';
import type { RegionBoundary } from '@/lib/geo/boundaries';

export interface MiniMapShape {
  iso: string;
  slug: string;
  name: string;
  d: string;
  label: [number, number];
}

export interface MiniMap {
  width: number;
  height: number;
  shapes: MiniMapShape[];
}

export function miniMap(regions: readonly RegionBoundary[], box: { width: number; height: number; padding: number }): MiniMap {
  const project = fitProjection(boundsOf(regions.map((r) => r.geometry)), box);
  return {
    width: box.width,
    height: box.height,
    shapes: regions.map((r) => {
      const [x, y] = project(r.properties.label ?? labelPoint(r.geometry));
      return { iso: r.properties.iso, slug: r.properties.slug, name: r.properties.name, d: svgPath(r.geometry, project, 1), label: [Math.round(x), Math.round(y)] };
    }),
  };
}
