// Debian's headless Chromium driven by playwright-core (no browser download). Playwright starts it in its own
// process group and kills that group on close.
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
// Playwright adds --no-sandbox, --disable-dev-shm-usage and more itself; these are the ones it does not.
const FLAGS = ['--disable-gpu', '--disable-quic', '--disable-sync', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--no-sandbox', '--disable-dev-shm-usage'];

/**
 * Opens a 1280×800 page; `env` is the sandbox's, so Chromium's profile and crash reports stay in it. Launched as a
 * server because only that exposes Chromium's pid (its process-group id); `close()` ends both.
 */
export async function openPage(env) {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, env, args: FLAGS });
  const browser = await chromium.connect(server.wsEndpoint());
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const close = async () => {
    await browser.close().catch(() => {});
    await server.close();
  };
  return { browser, page, pid: server.process().pid, close };
}

/** A workbench URL on `origin` with `folder` open and, optionally, VS Code's test/development payload. */
export function workbenchUrl(origin, folder, payload) {
  const query = `folder=${encodeURIComponent(folder)}`;
  return `${origin}/?${query}${payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
}
