// One rule for the public origin: previews, canonical URLs and PNG cards print the same address.
import { LOCAL_ORIGIN, publicOrigin } from '@/lib/site';

const env = process.env.NEXT_PUBLIC_SITE_URL;
afterEach(() => {
  if (env === undefined) delete process.env.NEXT_PUBLIC_SITE_URL;
  else process.env.NEXT_PUBLIC_SITE_URL = env;
});

test('NEXT_PUBLIC_SITE_URL wins when set, as its origin', () => {
  process.env.NEXT_PUBLIC_SITE_URL = 'https://claims.example/some/path';
  expect(publicOrigin({ host: 'other.example' })).toBe('https://claims.example');
});

test('unset, the request’s Host is the origin, with the request’s scheme', () => {
  delete process.env.NEXT_PUBLIC_SITE_URL;
  expect(publicOrigin({ host: 'Maps.Example:8080', url: 'http://localhost:3000/api/x' })).toBe('http://maps.example:8080');
  expect(publicOrigin({ host: 'maps.example' })).toBe('http://maps.example');
});

test('a Host that is not a host name is not printed; the request URL or the local address is', () => {
  delete process.env.NEXT_PUBLIC_SITE_URL;
  expect(publicOrigin({ host: 'evil.example/<script>', url: 'http://127.0.0.1:4000/x' })).toBe('http://127.0.0.1:4000');
  expect(publicOrigin({ host: null })).toBe(LOCAL_ORIGIN);
});

test('a configured value that is not a URL falls back to the request, with a warning', () => {
  process.env.NEXT_PUBLIC_SITE_URL = 'not a url';
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  expect(publicOrigin({ host: 'maps.example' })).toBe('http://maps.example');
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('not a URL'));
  warn.mockRestore();
});
