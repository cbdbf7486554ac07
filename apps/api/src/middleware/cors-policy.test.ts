import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { createApp } from '../app.ts';
import { parseCorsOrigins } from '../options.ts';
import { httpOrigin, resolveCorsOrigins } from './cors-policy.ts';

const INTAKE = 'https://intake.example';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

type App = ReturnType<typeof createApp>;

/** A simple (non-preflight) request from `origin`. */
const simple = (app: App, origin: string) =>
  app.request('/healthz', { headers: { Origin: origin } });

/** A preflight from `origin` for a POST to /v1/classify. */
const preflight = (app: App, origin: string) =>
  app.request('/v1/classify', {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, content-type',
    },
  });

/** Asserts that both a simple request and a preflight from `origin` are allowed as `allowed`. */
async function expectAllowed(app: App, origin: string, allowed: string): Promise<void> {
  const res = await simple(app, origin);
  expect(res.status, origin).toBe(200);
  expect(res.headers.get('Access-Control-Allow-Origin'), origin).toBe(allowed);
  expect(res.headers.get('Access-Control-Expose-Headers'), origin).toContain('X-Request-Id');
  expect(res.headers.get('Vary'), origin).toContain('Origin');
  const pre = await preflight(app, origin);
  expect(pre.status, origin).toBe(204);
  expect(pre.headers.get('Access-Control-Allow-Origin'), origin).toBe(allowed);
  expect(pre.headers.get('Access-Control-Allow-Methods'), origin).toBe('GET,HEAD,POST,OPTIONS');
  expect(pre.headers.get('Access-Control-Allow-Headers'), origin).toMatch(/Authorization/);
}

/** Asserts that neither a simple request nor a preflight from `origin` is allowed. */
async function expectRefused(app: App, origin: string): Promise<void> {
  const res = await simple(app, origin);
  expect(res.status, origin).toBe(200);
  expect(res.headers.get('Access-Control-Allow-Origin'), origin).toBeNull();
  const pre = await preflight(app, origin);
  expect(pre.status, origin).toBe(204);
  expect(pre.headers.get('Access-Control-Allow-Origin'), origin).toBeNull();
  expect(pre.headers.get('Access-Control-Allow-Methods'), origin).toBeNull();
}

describe('CORS origins as an operator writes them', () => {
  it('matches an entry with capitals, a trailing slash, a path or the default port', async () => {
    for (const entry of [
      'https://Intake.example',
      'https://intake.example/',
      'https://intake.example/app/index.html?from=ad#top',
      'https://intake.example:443',
      'HTTPS://INTAKE.EXAMPLE:443/',
    ]) {
      const app = createApp({ corsOrigins: [entry] });
      await expectAllowed(app, INTAKE, INTAKE);
      await expectRefused(app, 'https://evil.example');
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('drops port 80 from an http entry, and reads CORS_ORIGINS the same way', async () => {
    const app = createApp({
      corsOrigins: parseCorsOrigins('http://LOCALHOST:80/, https://Intake.example/'),
    });
    await expectAllowed(app, 'http://localhost', 'http://localhost');
    await expectAllowed(app, INTAKE, INTAKE);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps a non-default port apart from the default one, and the scheme apart', async () => {
    const onPort = createApp({ corsOrigins: ['https://Intake.example:8443/'] });
    await expectAllowed(onPort, 'https://intake.example:8443', 'https://intake.example:8443');
    await expectRefused(onPort, INTAKE);
    await expectRefused(onPort, 'http://intake.example:8443');
    const onDefault = createApp({ corsOrigins: ['https://intake.example/'] });
    await expectRefused(onDefault, 'https://intake.example:8443');
    await expectRefused(onDefault, 'http://intake.example');
    await expectRefused(onDefault, 'http://intake.example:443');
  });

  it('compares the request’s Origin in the same form and answers with the serialised one', async () => {
    const app = createApp({ corsOrigins: [INTAKE] });
    // Browsers send the serialised origin; another client may not, and is matched all the same.
    await expectAllowed(app, 'https://INTAKE.example:443', INTAKE);
    await expectRefused(app, 'intake.example');
    await expectRefused(app, 'https://intake.example.evil.example');
  });

  it('ignores an entry that is not an http(s) origin, with one warning naming it', async () => {
    const app = createApp({
      corsOrigins: parseCorsOrigins(
        'intake.example ftp://files.example not-a-url https://*.example * https://ok.example',
      ),
    });
    const messages = warn.mock.calls.map(([message]) => String(message));
    expect(messages).toHaveLength(5);
    expect(messages[0]).toBe(
      '[marketlens-api] CORS origin "intake.example" is ignored: it has no scheme, write https://intake.example (or http://)',
    );
    expect(messages[1]).toContain('"ftp://files.example" is ignored: it is not an http(s) origin');
    expect(messages[2]).toContain('"not-a-url" is ignored');
    expect(messages[3]).toContain('"https://*.example" is ignored: wildcards are not supported');
    expect(messages[4]).toContain('"*" is ignored: "*" allows any origin only as the whole');
    // The usable entry still works; the ignored ones match nothing.
    await expectAllowed(app, 'https://ok.example', 'https://ok.example');
    await expectRefused(app, INTAKE);
    await expectRefused(app, 'https://any.example');
    await expectRefused(app, 'ftp://files.example');
    // Once per app, when it is built: requests add no warning.
    expect(warn).toHaveBeenCalledTimes(5);
  });

  it('leaves CORS off when no entry is usable', async () => {
    const app = createApp({ corsOrigins: ['intake.example'] });
    expect(warn).toHaveBeenCalledTimes(1);
    const res = await simple(app, INTAKE);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(res.headers.get('Access-Control-Expose-Headers')).toBeNull();
    expect(res.headers.get('Vary')).toBeNull();
    await expectRefused(app, INTAKE);
  });

  it('never allows a null origin by name; "*" still answers it with "*"', async () => {
    const app = createApp({ corsOrigins: [INTAKE, 'null'] });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('"null" is ignored');
    await expectRefused(app, 'null');
    await expectAllowed(app, INTAKE, INTAKE);
    const any = createApp({ corsOrigins: '*' });
    const res = await simple(any, 'null');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Vary')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('httpOrigin and resolveCorsOrigins', () => {
  it('serialise an origin as a browser sends it', () => {
    expect(httpOrigin('https://bücher.example/')).toBe('https://xn--bcher-kva.example');
    expect(httpOrigin('http://[::1]:8080/')).toBe('http://[::1]:8080');
    expect(httpOrigin('https://user:pw@intake.example')).toBe(INTAKE);
    for (const bad of [
      '',
      'null',
      '*',
      'intake.example',
      'file:///x',
      'ftp://x',
      'https://*.a.b',
    ]) {
      expect(httpOrigin(bad), bad).toBeNull();
    }
  });

  it('drop duplicates and blanks, keep "*", and warn through the given function', () => {
    const seen: string[] = [];
    const origins = resolveCorsOrigins(
      ['https://a.example', ' https://A.example/ ', '', 'localhost:3000'],
      (message) => seen.push(message),
    );
    expect(origins).toEqual(['https://a.example']);
    expect(seen).toEqual([
      '[marketlens-api] CORS origin "localhost:3000" is ignored: it has no scheme, write https://localhost:3000 (or http://)',
    ]);
    expect(resolveCorsOrigins('*', (message) => seen.push(message))).toBe('*');
    expect(seen).toHaveLength(1);
  });

  it('reads a comma-separated list given as one entry as the variable does', () => {
    const seen: string[] = [];
    expect(
      resolveCorsOrigins(['https://a.example,https://B.example/ '], (message) =>
        seen.push(message),
      ),
    ).toEqual(['https://a.example', 'https://b.example']);
    expect(seen).toEqual([]);
  });
});
