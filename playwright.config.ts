// End-to-end tests against the production build in Chromium. A system
// Chromium (Debian's /usr/bin/chromium) is used when present, Playwright's
// own browser otherwise.
import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = '.data/e2e';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: systemChromium
        ? ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
        : [],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The same start command a visitor runs, on a throwaway database.
    command: 'node --import tsx scripts/e2e-server.ts',
    url: `http://localhost:${E2E_PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    // The server's configured public address is the one the tests reach it
    // at, so links it builds (a referral's status link, mail) lead back to it.
    // The test runner stands where a reverse proxy would (decision 023), so a
    // test may speak for a client of its own with X-Forwarded-For.
    env: { PORT: String(E2E_PORT), SELFHELP_DATA_DIR: E2E_DATA_DIR, TRUSTED_PROXIES: '127.0.0.1,::1', SITE_URL: process.env.SITE_URL ?? `http://localhost:${E2E_PORT}` },
  },
});
