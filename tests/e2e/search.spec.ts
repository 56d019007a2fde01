import { expect, test, type Page } from '@playwright/test';
import { axeProblems, axeOn } from './site.ts';
import { PAGEFIND_RANKING } from '../../src/features/search/search-config.ts';

/**
 * Recall list: each Chinese query must find the expected page (and, where given, the stage
 * anchor) in Pagefind's top three. Kept so an upgrade that breaks Chinese recall fails CI.
 */
const RECALL: Array<[query: string, expected: string]> = [
	['线索', '/playbooks/sales-development/'],
	['内线', '/playbooks/key-account/#gather-info'],
	['验厂', '/playbooks/key-account/#close-deal'],
	['按揭', '/playbooks/real-estate/'],
	['渠道招商', '/playbooks/channel/'],
	['月供', '/templates/purchase-commitment/'],
	['样品', '/playbooks/key-account/#gather-info'],
	['高层沟通', '/playbooks/key-account/#close-deal'],
	['客户关系管理', '/playbooks/market-development/'],
	['谈判', '/playbooks/sales-development/'],
	['渠道评估', '/playbooks/channel/'],
	['身份证号', '/templates/owner-record/'],
	['关键决策人', '/playbooks/key-account/'],
	['目标市场', '/playbooks/market-development/'],
	['绩效评估', '/playbooks/market-development/'],
	['方案提案', '/playbooks/sales-development/'],
	['合同执行', '/playbooks/sales-development/'],
	['定金', '/playbooks/real-estate/'],
	['业主档案', '/templates/owner-record/'],
	['售后服务', '/playbooks/sales-template/'],
	['报价', '/playbooks/sales-template/'],
	['经销商', '/playbooks/channel/'],
	['激励政策', '/playbooks/channel/'],
	['客户签约须知', '/templates/signing-notice/'],
	['影响力渗透', '/playbooks/key-account/#build-relationship'],
];

async function pagefindTop3(page: Page, query: string): Promise<string[]> {
	return page.evaluate(async ({ q, ranking }) => {
		const bundle = '/pagefind/pagefind.js'; // served by the site, not a module of this project
		const pf = await import(/* @vite-ignore */ bundle);
		await pf.options({ ranking });
		await pf.init();
		const search = await pf.search(q);
		const top = await Promise.all(search.results.slice(0, 3).map((r: { data: () => Promise<unknown> }) => r.data()));
		return top.flatMap((d: any) => [d.url, ...d.sub_results.slice(0, 3).map((s: { url: string }) => s.url)]);
	}, { q: query, ranking: PAGEFIND_RANKING });
}

test('Pagefind finds the right page for each Chinese query in its top three', async ({ page }) => {
	await page.goto('/');
	const misses: string[] = [];
	for (const [query, expected] of RECALL) {
		const urls = await pagefindTop3(page, query);
		const [path, hash] = expected.split('#');
		const hit = hash ? urls.some((u) => u.startsWith(path!) && u.endsWith(`#${hash}`)) : urls.some((u) => u.split('#')[0] === path);
		if (!hit) misses.push(`${query} → ${expected}; got ${urls.join(' ')}`);
	}
	expect(misses).toEqual([]);
});

test('search indexes content only: no navigation, checklist controls or diagram text', async ({ page }) => {
	await page.goto('/');
	// Quoted: exact phrases that only the excluded UI contains.
	for (const q of ['"日期备注"', '"是，进入下一阶段"', '"标记为已读"', '"点击阶段可跳转"', '"勾选清单、记录备注需要启用"', '"新建客户清单"']) {
		expect(await pagefindTop3(page, q), q).toEqual([]);
	}
});

test('the full-text search opens from its button and from "/", loading its UI only then', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(r.url()));
	await page.goto('/playbooks/key-account/');
	await page.waitForLoadState('networkidle');
	expect(requested.filter((u) => /pagefind/.test(u))).toEqual([]);
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: '搜索全文' });
	await expect(dialog).toBeVisible();
	await dialog.locator('input.pagefind-ui__search-input').fill('验厂');
	// The first search starts Pagefind's WebAssembly: allow it time on a loaded machine.
	await expect(dialog.locator('.pagefind-ui__result').first()).toContainText('大客户开发流程', { timeout: 20_000 });
});

test.describe('quick-jump palette', () => {
	const palette = (page: Page) => page.getByRole('dialog', { name: '快速跳转' });
	const input = (page: Page) => palette(page).getByRole('combobox');

	test('loads its index only when first opened', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (r) => requested.push(r.url()));
		await page.goto('/playbooks/key-account/');
		await page.waitForLoadState('networkidle');
		expect(requested.filter((u) => u.includes('palette-index') || /fuse/i.test(u))).toEqual([]);
		await page.getByRole('button', { name: /快速跳转/ }).click();
		await expect(input(page)).toBeFocused();
		await expect.poll(() => requested.filter((u) => u.includes('palette-index')).length).toBe(1);
		await expect(palette(page).getByRole('option')).toHaveCount(0);
		await input(page).fill('验厂');
		await expect(palette(page).getByRole('option').first()).toContainText('验厂');
	});

	test('searches what was typed while its index was still loading', async ({ page }) => {
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/palette-index.json', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/');
		await page.keyboard.press('Control+k');
		await expect(input(page)).toBeFocused();
		await expect(palette(page).locator('[data-palette-note]')).toHaveText('正在加载跳转索引…');
		await page.keyboard.type('qy');
		release();
		await expect(palette(page).getByRole('option').first().locator('.palette-title')).toContainText('签约');
		await expect(palette(page).locator('[data-palette-note]')).toBeHidden();
	});

	test('says so when its index cannot load, and tries again on the next opening', async ({ page }) => {
		let fail = true;
		await page.route('**/palette-index.json', (route) => (fail ? route.abort() : route.continue()));
		await page.goto('/');
		await page.keyboard.press('Control+k');
		const note = palette(page).locator('[data-palette-note]');
		await expect(note).toContainText('加载失败');
		await page.keyboard.press('Escape');
		await expect(palette(page)).toBeHidden();
		fail = false;
		await page.keyboard.press('Control+k');
		await input(page).fill('dkh');
		await expect(palette(page).getByRole('option').first().locator('.palette-title')).toHaveText('大客户开发流程');
		await input(page).fill('zzxxq');
		await expect(palette(page).getByRole('option')).toHaveCount(0);
		await expect(note).toContainText('没有找到“zzxxq”');
	});

	test('finds by Chinese, full pinyin and initials, showing kind and place', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Control+k');
		await expect(input(page)).toBeFocused();
		const first = palette(page).getByRole('option').first();
		await input(page).fill('验厂');
		await expect(first).toContainText('验厂');
		await input(page).fill('qy');
		await expect(first.locator('.palette-title')).toContainText('签约');
		await input(page).fill('dkh');
		await expect(first.locator('.palette-title')).toHaveText('大客户开发流程');
		await expect(first.locator('.palette-kind')).toHaveText('流程');
		await input(page).fill('qianyue');
		await expect(first.locator('.palette-title')).toContainText('签约');
		await input(page).fill('neixian');
		await expect(palette(page).getByRole('option').filter({ hasText: '内线' }).first()).toBeVisible();
		await input(page).fill('确定开发对象');
		await expect(first.locator('.palette-kind')).toHaveText('阶段');
		await expect(first.locator('.palette-where')).toHaveText('大客户开发流程 › 阶段一');
	});

	test('works from the keyboard: ↑/↓, Enter goes there, Esc returns focus', async ({ page }) => {
		await page.goto('/glossary/');
		const opener = page.getByRole('button', { name: /快速跳转/ });
		await opener.focus();
		await page.keyboard.press('Enter');
		await input(page).fill('gz');
		const options = palette(page).getByRole('option');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(input(page)).toHaveAttribute('aria-activedescendant', 'palette-opt-1');
		await page.keyboard.press('ArrowUp');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('Escape');
		await expect(palette(page)).toBeHidden();
		await expect(opener).toBeFocused();
		await page.keyboard.press('Control+k');
		await input(page).fill('促成成交');
		await expect(palette(page).getByRole('option').first().locator('.palette-kind')).toHaveText('阶段');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/playbooks\/key-account\/#close-deal$/);
	});

	test('passes axe while open', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Control+k');
		await input(page).fill('签约');
		await expect(palette(page).getByRole('option').first()).toBeVisible();
		const results = await axeOn(page).include('#palette-dialog').analyze();
		expect(axeProblems(results.violations)).toEqual([]);
	});
});
