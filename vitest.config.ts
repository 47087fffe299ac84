import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // setup hooks build whole workspaces (the demo alliance): on a busy 2-core machine 10 s is too short
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
