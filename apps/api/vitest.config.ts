import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Three projects: the app through app.request (plus the fuzz test), the real Node server on a
// loopback port, and the Worker inside workerd.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      { test: { name: 'e2e-node', include: ['test/e2e/**/*.test.ts'], testTimeout: 20_000 } },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.jsonc' },
            miniflare: {
              bindings: { API_TOKEN: 'workerd-test-token', CORS_ORIGINS: 'https://intake.example' },
            },
          }),
        ],
        test: { name: 'workerd', include: ['test/workerd/**/*.test.ts'], testTimeout: 20_000 },
      },
    ],
  },
});
