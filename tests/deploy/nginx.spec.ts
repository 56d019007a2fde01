/**
 * The site as IT deploys it: built with BASE_PATH=/sales/, served by nginx with deploy/'s config.
 * Nothing may be requested outside /sales/, and the headers must be what the README promises.
 */
import { expect, test, type Page } from '@playwright/test';

const BASE = '/sales/';

/** Fails the test on any request outside the base path, any console error and any page error. */
function guard(page: Page) {
	const problems: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.hostname === '127.0.0.1' && !url.pathname.startsWith(BASE)) problems.push(`请求在部署路径之外：${url.pathname}`);
	});
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	return problems;
}

test('headers: CSP with frame-ancestors, nosniff, and a cache policy per kind of file', async ({ request }) => {
	const page = await request.get(`${BASE}playbooks/key-account/`);
	expect(page.status()).toBe(200);
	const h = page.headers();
	expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(h['content-security-policy']).toContain("script-src 'self'");
	expect(h['content-security-policy']).not.toContain("'unsafe-inline' 'sha256");
	expect(h['x-content-type-options']).toBe('nosniff');
	expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(h['permissions-policy']).toContain('camera=()');
	expect(h['cache-control']).toBe('no-cache');

	const html = await page.text();
	const asset = /\/sales\/_astro\/[^"]+\.js/.exec(html)![0];
	const js = await request.get(asset, { headers: { 'accept-encoding': 'gzip' } });
	expect(js.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(js.headers()['content-type']).toContain('javascript');
	expect(js.headers()['x-content-type-options']).toBe('nosniff');

	for (const path of ['sw.js', 'palette-index.json', 'pagefind/pagefind-entry.json']) {
		const r = await request.get(`${BASE}${path}`);
		expect(r.status(), path).toBe(200);
		expect(r.headers()['cache-control'], path).toBe('no-cache');
		expect(r.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
	}
	expect((await request.get(`${BASE}sw.js`)).headers()['content-type']).toContain('javascript');
	expect((await request.get(`${BASE}palette-index.json`)).headers()['content-type']).toContain('application/json');
});

test('the 404 page is the site’s own, with status 404, under the base', async ({ page }) => {
	const problems = guard(page);
	const response = await page.goto(`${BASE}no-such-page/`);
	expect(response!.status()).toBe(404);
	await expect(page.locator('h1')).toContainText('404');
	await page.getByRole('link', { name: '销售流程手册' }).first().click();
	await expect(page).toHaveURL(/\/sales\/$/);
	// The browser logs the page's own 404 status; nothing else may fail.
	expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
	expect(problems).toHaveLength(1);
});

test('home, a playbook with a ticked task kept over a reload, quick-jump and full-text search', async ({ page }) => {
	const problems = guard(page);
	await page.goto(BASE);
	await expect(page.locator('h1').first()).toContainText('销售流程手册');
	await page.getByRole('link', { name: '大客户开发流程' }).first().click();
	await expect(page).toHaveURL(`${BASE}playbooks/key-account/`);
	await expect(page.locator('figure.flowchart svg').first()).toBeVisible();

	const stage = page.locator('article.stage[data-stage="identify-target"]');
	await stage.scrollIntoViewIfNeeded();
	await expect(stage.locator('.cl[data-ready]')).toBeVisible();
	await stage.getByRole('checkbox', { name: /与客户初步沟通/ }).check();
	await page.reload();
	await expect(page.locator('article.stage[data-stage="identify-target"] .cl[data-ready]')).toBeVisible();
	await expect(page.locator('article.stage[data-stage="identify-target"]').getByRole('checkbox', { name: /与客户初步沟通/ })).toBeChecked();

	await page.keyboard.press('Control+k');
	const palette = page.getByRole('dialog', { name: '快速跳转' });
	await palette.getByRole('combobox').fill('qy');
	await expect(palette.getByRole('option').first()).toContainText('签约');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/sales\//);
	await expect(page.locator('h1').first()).toBeVisible();

	await page.goto(`${BASE}playbooks/key-account/`);
	await page.keyboard.press('/');
	const search = page.getByRole('dialog', { name: '搜索全文' });
	await search.locator('input.pagefind-ui__search-input').fill('签约');
	const first = search.locator('.pagefind-ui__result-link').first();
	// The first search starts Pagefind's WebAssembly: allow it time on a busy machine.
	await expect(first).toBeVisible({ timeout: 20_000 });
	expect(await first.getAttribute('href')).toMatch(/^\/sales\//);
	expect(problems).toEqual([]);
});

test('a deck advances and a print sheet prints from under the base', async ({ page }) => {
	const problems = guard(page);
	await page.goto(`${BASE}present/key-account/`);
	await page.locator('html[data-deck-ready]').waitFor();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/sales\/present\/key-account\/#overview$/);
	await page.getByRole('link', { name: '返回手册' }).click();
	await expect(page).toHaveURL(`${BASE}playbooks/key-account/`);

	await page.goto(`${BASE}checklists/key-account/`);
	await expect(page.locator('h1')).toContainText('阶段清单');
	await page.getByRole('link', { name: '我的清单' }).click();
	await expect(page).toHaveURL(`${BASE}checklists/`);
	expect(problems).toEqual([]);
});

test('the service worker is scoped to the base and the site works offline under it', async ({ page, context }) => {
	await page.goto(BASE);
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(new URL(scope).pathname).toBe(BASE);
	const keys = await page.evaluate(() => caches.keys());
	expect(keys.every((k) => k.startsWith('sales-playbook-sales-'))).toBe(true);
	await expect.poll(async () => (await page.evaluate(() => caches.keys())).length).toBe(1);

	// Pages read once are kept (the whole site only on request, see tests/e2e/offline.spec.ts).
	await page.goto(`${BASE}playbooks/real-estate/`);
	await page.goto(`${BASE}templates/purchase-commitment/`);
	await context.setOffline(true);
	await page.goto(`${BASE}playbooks/real-estate/`);
	await expect(page.locator('h1').first()).toContainText('房地产');
	await page.goto(`${BASE}templates/purchase-commitment/`);
	await expect(page.locator('h1').first()).toContainText('购房承诺函');
	// A page never opened falls back to the site's 404 page, under the base.
	await page.goto(`${BASE}glossary/`);
	await expect(page.locator('h1')).toContainText('404');
	await context.setOffline(false);
});
