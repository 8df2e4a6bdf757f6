// Signing staff in during e2e runs, through the real pages. The seeded
// passwords are in .data/e2e/dev-staff.json. The first admin sign-in of a
// run enrols two-factor; its secret is kept in .data/e2e/staff-totp.json so
// later sign-ins (any spec) can compute codes. Each TOTP time step works
// once, and the server takes a code one step either side of now (clock
// drift, lib/staff/totp.ts), so a sign-in uses any step of those three not
// used yet, as a phone whose clock runs a little fast or slow would, and
// waits only when all three are spent.
//
// Most journeys start signed in rather than test signing in, so the first
// sign-in of each role goes through the pages and later ones reuse its
// session cookie, as a browser left open would; signing in through the pages
// every time cost each a few seconds and, for the admin, waits for a new
// two-factor step (decision 048).
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Cookie, type Page } from '@playwright/test';
import { currentTotp } from '../../lib/staff/totp.ts';

export type StaffRole = 'ADMIN' | 'EDITOR';
type Cred = { email: string; password: string; role: StaffRole };
type TotpState = Record<string, { password: string; secret: string; used: number[] }>;

const CREDS = path.resolve('.data/e2e/dev-staff.json');
const TOTP_FILE = path.resolve('.data/e2e/staff-totp.json');

export function staffCredentials(role: StaffRole): Cred {
  const all = JSON.parse(fs.readFileSync(CREDS, 'utf8')) as Cred[];
  const found = all.find((c) => c.role === role);
  if (!found) throw new Error(`no ${role} in ${CREDS}`);
  return found;
}

function readState(): TotpState {
  try {
    return JSON.parse(fs.readFileSync(TOTP_FILE, 'utf8')) as TotpState;
  } catch {
    return {};
  }
}

export function rememberTotp(cred: Cred, secret: string, step: number) {
  const state = readState();
  const known = state[cred.email];
  const used = known?.secret === secret ? known.used : [];
  // Steps older than the window can never be offered again.
  state[cred.email] = { password: cred.password, secret, used: [...used.filter((s) => s >= step - 2), step] };
  fs.writeFileSync(TOTP_FILE, JSON.stringify(state), { mode: 0o600 });
}

const PERIOD_MS = 30_000;
const stepOf = (ms: number) => Math.floor(ms / PERIOD_MS);
// A code one step behind is offered only with this much of the current
// step left, so it is still inside the window when the server reads it.
const BEHIND_MARGIN_MS = 10_000;

/**
 * A code for a time step not used before: the step ahead first (good for the
 * longest), then this one, then the one behind; if all are spent, it waits
 * for the next step to open.
 */
export async function freshCode(page: Page, secret: string, used: number[]): Promise<{ code: string; step: number }> {
  for (;;) {
    const now = Date.now();
    const step = stepOf(now);
    const left = PERIOD_MS - (now % PERIOD_MS);
    const choice = [step + 1, step, ...(left > BEHIND_MARGIN_MS ? [step - 1] : [])].find((s) => !used.includes(s));
    if (choice !== undefined) return { code: currentTotp(secret, choice * PERIOD_MS), step: choice };
    await page.waitForTimeout(left + 200);
  }
}

/**
 * On the enrolment page: a wrong code is refused, the right one shows ten
 * recovery codes once (with the password typed again), and "continue"
 * leads into the console.
 */
export async function enrolOnPage(page: Page, cred: Cred) {
  const secret = (await page.getByTestId('totp-secret').getAttribute('data-secret')) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const password = page.getByLabel('Your password, to turn on two-factor');
  await page.getByLabel('6-digit code from the app').fill('000000');
  await password.fill(cred.password);
  await page.getByRole('button', { name: 'Turn on two-factor' }).click();
  await expect(page.getByTestId('form-errors')).toContainText('did not match');
  const { code, step } = await freshCode(page, secret, []);
  await page.getByLabel('6-digit code from the app').fill(code);
  await password.fill(cred.password);
  await page.getByRole('button', { name: 'Turn on two-factor' }).click();
  const codes = page.getByTestId('recovery-codes').getByRole('listitem');
  await expect(codes).toHaveCount(10);
  await expect(codes.first()).toHaveText(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  rememberTotp(cred, secret, step);
  await page.getByRole('link', { name: /continue/ }).click();
}

// Auth.js's session cookie by role, in this worker process.
const sessions = new Map<StaffRole, Cookie[]>();
const SESSION_COOKIE = /authjs\.session-token/;

async function keepSession(page: Page, role: StaffRole) {
  sessions.set(role, (await page.context().cookies()).filter((c) => SESSION_COOKIE.test(c.name)));
}

/**
 * Ends on the dashboard, signed in as `role`: with the session an earlier
 * sign-in of this run left when it still works, else through the sign-in
 * pages (enrolling two-factor where the account needs it). A signed-out or
 * ended session (sign out everywhere, a change of access) is not reused.
 * `throughPages` always signs in from the sign-in page, for journeys about
 * signing in.
 */
export async function signInAsStaff(page: Page, role: StaffRole, { throughPages = false } = {}) {
  const kept = sessions.get(role);
  if (kept?.length && !throughPages) {
    await page.context().addCookies(kept);
    await page.goto('/staff');
    if (new URL(page.url()).pathname === '/staff') {
      await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
      await keepSession(page, role);
      return;
    }
    sessions.delete(role);
    for (const c of kept) await page.context().clearCookies({ name: c.name });
  }
  await signInThroughPages(page, role);
  await keepSession(page, role);
}

/** Signs in from the sign-in page and ends on the dashboard (enrolling two-factor for an admin's first time). */
async function signInThroughPages(page: Page, role: StaffRole) {
  const cred = staffCredentials(role);
  await page.goto('/staff/sign-in');
  await page.getByLabel('Email').fill(cred.email);
  await page.getByLabel('Password').fill(cred.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/staff(\/sign-in\/(enrol|two-factor))?$/);
  if (page.url().endsWith('/staff/sign-in/enrol')) {
    await enrolOnPage(page, cred);
  } else if (page.url().endsWith('/staff/sign-in/two-factor')) {
    const known = readState()[cred.email];
    if (!known || known.password !== cred.password) throw new Error('two-factor is on but this run did not enrol it');
    const { code, step } = await freshCode(page, known.secret, known.used ?? []);
    await page.getByLabel('Code').fill(code);
    await page.getByRole('button', { name: 'Continue' }).click();
    rememberTotp(cred, known.secret, step);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
}

/** Opens the account menu (a <details> disclosure) unless it is open already. */
export async function openAccountMenu(page: Page) {
  const menu = page.getByTestId('account-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  await expect(menu.getByRole('link', { name: 'My account' })).toBeVisible();
}

/** "Sign out everywhere" from the account menu, through its confirmation page. */
export async function signOutEverywhere(page: Page) {
  await openAccountMenu(page);
  await page.getByRole('link', { name: 'Sign out everywhere…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign out everywhere?' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
}
