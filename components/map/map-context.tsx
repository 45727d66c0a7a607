'use client';
// The one MapLibre map, shared through React context: the map island registers the instance it
// creates, and what needs the drawn map (the map-view export) reads it here. A type-only import,
// so this module keeps MapLibre out of the page's first chunk.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext, useContext, useMemo, useRef, useState } from 'react';

interface MapContextValue {
  map: MapLibreMap | null;
  setMap: (map: MapLibreMap | null) => void;
  /** CSS pixels at the bottom of the map hidden under the bottom sheet (0 beside a sidebar). */
  coveredBottom: () => number;
}

const MapContext = createContext<MapContextValue | null>(null);

export function MapProvider({ children, coveredBottom = 0 }: { children: React.ReactNode; coveredBottom?: number }) {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  // Read when needed (an export), through a ref, so the sheet moving re-renders nothing here.
  const covered = useRef(coveredBottom);
  covered.current = coveredBottom;
  const value = useMemo(() => ({ map, setMap, coveredBottom: () => covered.current }), [map]);
  return <MapContext value={value}>{children}</MapContext>;
}

function useMapContext(): MapContextValue {
  const value = useContext(MapContext);
  if (!value) throw new Error('useMap: no <MapProvider> above this component');
  return value;
}

/** The map once it has loaded its style; null before, when WebGL is missing, and after it is removed. */
export function useMap(): MapLibreMap | null {
  return useMapContext().map;
}

/** For the map island: announces its map (or null when it goes). */
export function useRegisterMap(): (map: MapLibreMap | null) => void {
  return useMapContext().setMap;
}

/** How much of the map's bottom the bottom sheet hides, now (what an export leaves out). */
export function useMapCover(): () => number {
  return useMapContext().coveredBottom;
}
