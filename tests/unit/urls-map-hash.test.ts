import { formatMapHash, parseMapHash } from '@/lib/urls/map-hash';

describe('the map view hash', () => {
  test('round-trips zoom/lat/lon', () => {
    const hash = formatMapHash({ zoom: 6.25, lat: 48.0123, lon: 37.8012 });
    expect(hash).toBe('#6.25/48.0123/37.8012');
    expect(parseMapHash(hash)).toEqual({ zoom: 6.25, lat: 48.0123, lon: 37.8012 });
  });

  // Every malformed hash the end-to-end test once opened one by one; it now opens three of them.
  test.each(['', '#', '#6/48', '#a/b/c', '#6/91/30', '#6/48/181', '#99/48/30', '#6/48/30/1', '#<script>/1/2', '#1e3/4/5', '#abc', '#6/95/30', '#6.5/47.5', '#6.5/47.5/36/2', '#99/47.5/36', '#-1/47/36', '#%E0%A4%A', '#6.5/47.5/1e3'])(
    'ignores %p',
    (hash) => expect(parseMapHash(hash)).toBeNull(),
  );
});
