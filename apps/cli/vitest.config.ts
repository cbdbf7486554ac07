import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    environment: 'node',
    // Ink colours only when it believes the terminal can: the component tests check highlights.
    env: { FORCE_COLOR: '1' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
