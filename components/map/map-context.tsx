'use client';
// The one MapLibre map, shared through React context: the map island registers the instance it
// creates, and what needs the drawn map (the map-view export) reads it here. A type-only import,
// so this module keeps MapLibre out of the page's first chunk.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext, useContext, useMemo, useState } from 'react';

interface MapContextValue {
  map: MapLibreMap | null;
  setMap: (map: MapLibreMap | null) => void;
}

const MapContext = createContext<MapContextValue | null>(null);

export function MapProvider({ children }: { children: React.ReactNode }) {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const value = useMemo(() => ({ map, setMap }), [map]);
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
