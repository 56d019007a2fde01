/**
 * Offline on request: a first visit stores the shell and the page read, pages are stored as they
 * are visited, and 我的清单's "离线保存全部" stores everything (with progress) and can be undone.
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

async function cacheNames(page: Page) {
	return page.evaluate(() => caches.keys());
}

async function cachedPaths(page: Page) {
	return page.evaluate(async () => {
		const out: string[] = [];
		for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) out.push(new URL(r.url).pathname);
		return out;
	});
}

test('a first visit stores the page and its shell only; the rest is stored on request and can be removed', async ({ page, context }) => {
	test.slow();
	// A cache from an older build of this deployment must be gone once this build's worker is active.
	await page.goto('/404.html');
	await page.evaluate(async () => (await caches.open('sales-playbook-0000000000000000')).put('/old', new Response('old')));

	await page.goto('/playbooks/key-account/');
	await page.evaluate(async () => navigator.serviceWorker.ready);
	await expect.poll(() => cachedPaths(page)).toContain('/playbooks/key-account/');
	const first = await cachedPaths(page);
	expect(first).toContain('/404.html');
	expect(first.some((p) => p.startsWith('/_astro/'))).toBe(true);
	expect(first).not.toContain('/playbooks/real-estate/');
	expect(first.some((p) => p.startsWith('/pagefind/'))).toBe(false);
	const names = await cacheNames(page);
	expect(names).toHaveLength(1);
	expect(names[0]).toMatch(/^sales-playbook-[0-9a-f]{16}$/);

	// Offline: the page read works, one never opened falls back to the site's 404 page.
	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('h1').first()).toContainText('大客户开发流程');
	await page.goto('/playbooks/real-estate/');
	await expect(page.locator('h1').first()).toContainText('404');
	await context.setOffline(false);

	// Save everything, with progress and the size shown.
	await page.goto('/checklists/');
	const save = page.getByRole('button', { name: /^离线保存全部（约 \d+\.\d MB）$/ });
	await expect(save).toBeEnabled();
	await expect(page.getByRole('status').filter({ hasText: '目前只保存了打开过的页面' })).toBeVisible();
	await save.click();
	await expect(page.getByRole('status').filter({ hasText: '已离线保存全部内容' })).toBeVisible({ timeout: 60_000 });
	expect(await cacheNames(page)).toEqual([names[0], `${names[0]}-all`]);

	await context.setOffline(true);
	await page.goto('/playbooks/real-estate/');
	await expect(page.locator('h1').first()).toContainText('房地产销售工作流程');
	await page.goto('/present/channel/');
	await expect(page.locator('html[data-deck-ready]')).toBeAttached();
	await context.setOffline(false);

	// Undo: the full copy goes, what was read stays.
	await page.goto('/checklists/');
	await page.getByRole('button', { name: '删除离线保存的内容' }).click();
	await expect(page.getByRole('status').filter({ hasText: '目前只保存了打开过的页面' })).toBeVisible();
	expect(await cacheNames(page)).toEqual([names[0]]);
	await expect(page.getByRole('button', { name: /^离线保存全部/ })).toBeVisible();
});
