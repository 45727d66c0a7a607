// The API's precomputed responses: the bytes sent are the JSON made once, with its validator.
import { cachedResponse, encode } from '@/lib/http/response';

const req = (headers: Record<string, string> = {}) => new Request('http://localhost/api/regions', { headers });

describe('cachedResponse', () => {
  const encoded = encode({ type: 'FeatureCollection', features: [], note: 'Zaporizhzhia — “quoted”' });

  test('sends the UTF-8 bytes of the JSON, with the caching and CORS headers', async () => {
    const res = cachedResponse(req(), encoded);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(encoded.etag);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.text()).toBe(encoded.body);
    expect(encoded.bytes.length).toBe(Buffer.byteLength(encoded.body));
  });

  test('answers 304 with no body to a matching If-None-Match (also weak or in a list), 200 otherwise', async () => {
    for (const tag of [encoded.etag, `W/${encoded.etag}`, `"other", ${encoded.etag}`, '*']) {
      const res = cachedResponse(req({ 'if-none-match': tag }), encoded);
      expect(res.status).toBe(304);
      expect(await res.text()).toBe('');
    }
    expect(cachedResponse(req({ 'if-none-match': '"other"' }), encoded).status).toBe(200);
  });
});
