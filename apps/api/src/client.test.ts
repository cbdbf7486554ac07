import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { type AppType, createApp } from './index.ts';

// The README's typed-client example, run against the app in process.
const app = createApp();
const client = hc<AppType>('http://marketlens.local', {
  fetch: (input: string | URL | Request, init?: RequestInit) => app.request(input, init),
});

describe('hono/client with AppType', () => {
  it('classifies with typed input and output', async () => {
    const res = await client.v1.classify.$post({
      json: { text: 'Cartoon ads to kids; the parents pay.' },
    });
    expect(res.status).toBe(200);
    if (!res.ok) throw new Error(`unexpected ${res.status}`);
    const result = await res.json();
    expect(result.orientation).toBe('consumer');
    expect(typeof result.dimensions.audience.lean).toBe('string');
  });

  it('reaches batch, assess and the reference routes', async () => {
    const batch = await client.v1.classify.batch.$post({
      json: { items: [{ id: 'a', text: 'renewals' }] },
    });
    if (!batch.ok) throw new Error(`unexpected ${batch.status}`);
    expect((await batch.json()).results[0]?.id).toBe('a');
    const assess = await client.v1.assess.$post({ json: { audience: 'customer' } });
    expect(assess.status).toBe(200);
    const term = await client.v1.definitions[':term'].$get({ param: { term: 'consumer-market' } });
    if (!term.ok) throw new Error(`unexpected ${term.status}`);
    expect((await term.json()).pole).toBe('consumer');
    const missing = await client.v1.definitions[':term'].$get({ param: { term: 'nope' } });
    expect(missing.status).toBe(404);
    if (missing.status === 404)
      expect((await missing.json()).type).toBe('urn:marketlens:problem:not-found');
  });
});
