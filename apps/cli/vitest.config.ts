import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    environment: 'node',
    // Ink colours only when it believes the terminal can: the component tests check highlights.
    env: { FORCE_COLOR: '1' },
    // Generous: the e2e tests drive real processes, and turbo runs every package's tests at once.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
