/**
 * Opens the built docs page in Debian's Chromium with every http(s) request blocked, and checks that
 * it renders offline: every operation of the spec is in the sidebar, each shows XML examples in the
 * ARIN namespace, and nothing tried to reach the network.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('../..', import.meta.url));
const page_html = join(pkg, 'dist', 'index.html');
const specFile = join(pkg, '..', '..', 'spec', 'dist', 'openapi.json');
const resultsDir = join(pkg, 'test-results');
const CHROMIUM = process.env.REGRWS_CHROMIUM || '/usr/bin/chromium';
const CORE_NS = 'xmlns="http://www.arin.net/regrws/core/v1"';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

interface SpecOperation {
  operationId: string;
  summary: string;
  method: string;
  path: string;
  tag: string;
  hasRequestBody: boolean;
}

function specOperations(): { tags: string[]; operations: SpecOperation[] } {
  const spec = JSON.parse(readFileSync(specFile, 'utf8'));
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(spec.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const op = item[method];
      if (!op) continue;
      operations.push({ operationId: op.operationId, summary: op.summary ?? op.operationId, method: method.toUpperCase(), path, tag: op.tags?.[0] ?? 'default', hasRequestBody: !!op.requestBody });
    }
  }
  return { tags: (spec.tags ?? []).map((t: { name: string }) => t.name), operations };
}

describe('rendered docs (offline, Chromium)', () => {
  let context: BrowserContext | undefined;
  let page: Page;
  let userDataDir: string;
  const external: string[] = [];
  const { tags, operations } = specOperations();

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (CI does this in .ci/run) or set REGRWS_CHROMIUM.`);
    }
    if (!existsSync(page_html)) throw new Error(`${page_html} is missing: run \`npm run build -w @regrws/docs\` first.`);
    userDataDir = mkdtempSync(join(tmpdir(), 'regrws-docs-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 1000 } });
    // Block and record anything that would leave the machine.
    await context.route(/^(https?|wss?):/, (route) => {
      if (!external.includes(route.request().url())) external.push(route.request().url());
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => {
      if (!/^(file|data|blob|about):/.test(r.url()) && !external.includes(r.url())) external.push(r.url());
    });
    await page.goto(pathToFileURL(page_html).href);
    await menu().waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  const menu = (): Locator => page.locator('[data-component-name="Menu/Menu"]').first();

  /** Opens a tag group in the sidebar (groups are collapsed at first; opening one may close others). */
  async function openTag(tag: string, firstSummary: string): Promise<void> {
    const item = menu().getByText(firstSummary, { exact: true });
    for (let attempt = 0; attempt < 3 && !(await item.isVisible()); attempt++) {
      await menu().getByText(tag, { exact: true }).click();
      await item.waitFor({ timeout: 2000 }).catch(() => undefined);
    }
    if (!(await item.isVisible())) throw new Error(`sidebar group "${tag}" did not open to show "${firstSummary}"`);
  }

  it('the spec has operations and tags to look for', () => {
    expect(operations.length).toBeGreaterThanOrEqual(33);
    expect(tags.length).toBeGreaterThan(0);
  });

  it('lists every operation of the spec in the sidebar', async () => {
    const missing: string[] = [];
    for (const tag of tags) {
      const ofTag = operations.filter((o) => o.tag === tag);
      if (!ofTag.length) continue;
      await openTag(tag, ofTag[0]!.summary);
      const listed = await menu().innerText();
      for (const op of ofTag) if (!listed.split('\n').includes(op.summary)) missing.push(`${op.operationId} ("${op.summary}")`);
    }
    expect(missing).toEqual([]);
  });

  it('shows XML request and response examples in the ARIN namespace for every operation', async () => {
    const problems: string[] = [];
    for (const op of operations) {
      await openTag(op.tag, op.summary);
      await menu().getByText(op.summary, { exact: true }).click();
      // Only the selected operation's panels are rendered: its request panel starts with the method
      // and path, and its response panel follows.
      const header = `${op.method}\n${op.path}\n`;
      const found = await page
        .waitForFunction((h) => [...document.querySelectorAll('[data-component-name="Panel/Panel"]')].some((e) => (e as HTMLElement).innerText.startsWith(h)), header, { timeout: 5000 })
        .then(() => true, () => false);
      if (!found) {
        problems.push(`${op.operationId}: no request panel for ${op.method} ${op.path}`);
        continue;
      }
      const texts = await page.evaluate(() => [...document.querySelectorAll('[data-component-name="Panel/Panel"]')].map((e) => (e as HTMLElement).innerText));
      const at = texts.findIndex((t) => t.startsWith(header));
      const request = texts[at]!;
      const response = texts[at + 1] ?? '';
      if (op.hasRequestBody && !request.includes(CORE_NS)) problems.push(`${op.operationId}: request example lacks ${CORE_NS}`);
      if (!response.startsWith('Response')) problems.push(`${op.operationId}: no response panel after the request panel`);
      else if (!response.includes(CORE_NS)) problems.push(`${op.operationId}: response example lacks ${CORE_NS}`);
    }
    expect(problems).toEqual([]);
  });

  it('shows a visible XML example with the ARIN namespace, and saves a screenshot', async () => {
    const op = operations.find((o) => o.operationId === 'getOrg') ?? operations[0]!;
    await openTag(op.tag, op.summary);
    await menu().getByText(op.summary, { exact: true }).click();
    // The operation's own response sample (the panel after its request panel), not the introduction's example.
    const header = `${op.method}\n${op.path}\n`;
    // Redoc renders lazily and may re-render: mark the response panel that follows the request panel, scroll
    // to it and read it back; try again (bounded) if a re-render replaced it in between.
    const mark = 'data-regrws-example';
    let shown = '';
    for (let attempt = 0; attempt < 5 && !shown.includes(CORE_NS); attempt++) {
      await page.waitForFunction(
        ([h, ns, m]) => {
          const panels = [...document.querySelectorAll('[data-component-name="Panel/Panel"]')] as HTMLElement[];
          const i = panels.findIndex((e) => e.innerText.startsWith(h));
          const response = i >= 0 ? panels[i + 1] : undefined;
          if (!response?.innerText.includes(ns)) return false;
          document.querySelectorAll(`[${m}]`).forEach((e) => e.removeAttribute(m));
          response.setAttribute(m, '');
          response.scrollIntoView();
          return true;
        },
        [header, CORE_NS, mark] as const,
        { timeout: 10_000 },
      );
      const example = page.locator(`[${mark}]`);
      if ((await example.count()) === 1 && (await example.isVisible())) shown = await example.innerText();
    }
    expect(shown).toContain(CORE_NS);
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, 'docs-offline.png') });
    expect(existsSync(join(resultsDir, 'docs-offline.png'))).toBe(true);
  });

  it('never tried to reach the network', () => {
    expect(external).toEqual([]);
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
