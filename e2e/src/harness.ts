import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/** What every spec receives: a fresh browser context and page, and the environment. */
export interface SpecContext {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  baseUrl: string;
  admin: { username: string; password: string };
  /** A folder for artefacts (screenshots, generated files). */
  outDir: string;
}

export interface Spec {
  name: string;
  run: (ctx: SpecContext) => Promise<void>;
}

/** Declares a spec; a spec file exports an array of these as `specs`. */
export function spec(name: string, run: Spec['run']): Spec {
  return { name, run };
}

export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new AssertionError(message);
}

const TIMEOUT = 15_000;

/** Waits until the locator is visible (first match). */
export async function expectVisible(l: Locator, what: string, timeout = TIMEOUT): Promise<void> {
  try {
    await l.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new AssertionError(`Không thấy ${what} sau ${timeout} ms`);
  }
}

/** Waits until no element of the locator is visible. */
export async function expectHidden(l: Locator, what: string, timeout = TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const n = await l.count();
    let visible = 0;
    for (let i = 0; i < n; i++) if (await l.nth(i).isVisible()) visible++;
    if (visible === 0) return;
    if (Date.now() > deadline) throw new AssertionError(`${what} vẫn hiển thị sau ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Signs in through the login form and waits for the app shell. */
export async function login(ctx: SpecContext, user = ctx.admin): Promise<void> {
  const { page } = ctx;
  await page.goto(`${ctx.baseUrl}/app/dang-nhap`);
  await page.getByTestId('login-username').fill(user.username);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
  await expectVisible(
    page.getByTestId('current-user'),
    'tên người dùng trên thanh tiêu đề sau khi đăng nhập',
  );
}

/** A random digit string of length n. */
export function digits(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(Math.random() * 10);
  return s;
}
