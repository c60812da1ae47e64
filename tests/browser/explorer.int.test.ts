import { chromium, type Browser } from 'playwright-core';
import { startFederationStack, type FederationStack } from '../support/federation-stack';
import { DEMO_LOGINS } from '@egob/test-kit';

// Debian's Chromium, never a downloaded one; .ci/run installs it. The flags keep it from
// calling Google's services at start: the explorer itself must call nothing outside.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

let stack: FederationStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startFederationStack('explorer', { citizens: 5 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the GraphQL explorer', () => {
  it('renders, runs the example query and loads nothing from outside the deployment', async () => {
    const page = await browser.newPage();
    const gatewayOrigin = new URL(stack.gatewayUrl).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(gatewayOrigin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const response = await page.goto(`${gatewayOrigin}/explorer`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.title()).toBe('Explorador GraphQL — egob');
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    // Personal data needs a signed-in person: the developer pastes a token in "Headers".
    const token = await stack.login(DEMO_LOGINS.citizen);
    await page.getByRole('button', { name: 'Headers' }).click();
    await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').click();
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('Nuestra Señora de La Paz'), null, {
      timeout: 20_000,
    });
    // The result pane is a CodeMirror editor: read its value, not its rendered text.
    const text = await page.evaluate(() => (document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
    const result = JSON.parse(text);
    expect(result).toEqual({
      data: { citizen: { names: 'Juana Rosa', residence: { name: 'Nuestra Señora de La Paz', department: { name: 'La Paz' } } } },
    });
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
