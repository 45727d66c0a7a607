// The four oblasts the map is about: their ISO 3166-2 codes, URL slugs and display names.
// Everything else (boundaries, gazetteer, claims, routes) keys on these.

export const OBLASTS = [
  { iso: 'UA-09', slug: 'luhansk', name: 'Luhansk' },
  { iso: 'UA-14', slug: 'donetsk', name: 'Donetsk' },
  { iso: 'UA-65', slug: 'kherson', name: 'Kherson' },
  { iso: 'UA-23', slug: 'zaporizhzhia', name: 'Zaporizhzhia' },
] as const;

export type Oblast = (typeof OBLASTS)[number];
export type OblastIso = Oblast['iso'];
export type OblastSlug = Oblast['slug'];

export const OBLAST_ISOS: readonly OblastIso[] = OBLASTS.map((o) => o.iso);
export const OBLAST_SLUGS: readonly OblastSlug[] = OBLASTS.map((o) => o.slug);

export function oblastByIso(iso: string): Oblast | undefined {
  return OBLASTS.find((o) => o.iso === iso);
}

export function oblastBySlug(slug: string): Oblast | undefined {
  return OBLASTS.find((o) => o.slug === slug);
}
