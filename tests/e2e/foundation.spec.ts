import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { axeProblems, builtPages, useTheme, watchErrors, WCAG_TAGS } from './site.ts';

const pages = builtPages();

test('the site is zh-CN and the home page links every playbook that exists', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page).toHaveTitle(/销售流程手册/);
	const cards = page.locator('.playbook-cards h3 a');
	await expect(cards.first()).toHaveText('大客户开发流程');
	for (const href of await cards.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
		expect(pages).toContain(href);
	}
});

test.describe('key-account playbook', () => {
	test('shows its five stages in order', async ({ page }) => {
		await page.goto('/playbooks/key-account/');
		await expect(page.locator('article.stage')).toHaveCount(5);
		await expect(page.locator('article.stage h3')).toHaveText([
			/阶段一\s*确定开发对象/,
			/阶段二\s*样品资料提供\/信息收集/,
			/阶段三\s*价值评估\/开发程序/,
			/阶段四\s*关系建立/,
			/阶段五\s*促成成交/,
		]);
		await expect(page.locator('.stage-gate')).toContainText('无则终止');
		await expect(page.locator('.stage-caution').filter({ hasText: '个人信息保护法' })).toHaveCount(1);
	});

	test('draws its flowchart as inline SVG with the Chinese stage names and a gate', async ({ page }) => {
		await page.goto('/playbooks/key-account/');
		const svg = page.locator('figure.flowchart svg');
		await expect(svg).toHaveCount(1);
		for (const name of ['确定开发对象', '关系建立', '促成成交', '有成交机会吗？', '终止开发']) await expect(svg).toContainText(name);
		await expect(svg.locator('title')).toHaveText('大客户开发流程图');
		await expect(svg.locator('desc')).toContainText('流程依次为');
		expect(await page.locator('script[src*="mermaid"]').count()).toBe(0);
	});

	test('moves to a stage when its node is activated from the keyboard', async ({ page }) => {
		await page.goto('/playbooks/key-account/');
		const node = page.getByRole('link', { name: '阶段五 促成成交（跳转到该阶段）' });
		await node.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#close-deal$/);
		await expect(page.locator('#close-deal')).toBeInViewport();
	});

	test('recolours the same diagram when the theme switches to dark', async ({ page }) => {
		const fill = () => page.locator('figure.flowchart .node rect').first().evaluate((r) => getComputedStyle(r).fill);
		await useTheme(page, 'light');
		await page.goto('/playbooks/key-account/');
		const light = await fill();
		await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
		const dark = await fill();
		expect(light).not.toBe(dark);
		await page.getByRole('combobox', { name: '选择主题' }).selectOption('light');
		expect(await fill()).toBe(light);
	});
});

for (const path of pages) {
	test.describe(`page ${path}`, () => {
		test('loads without console errors and passes axe (WCAG 2.2 AA)', async ({ page }) => {
			const errors = watchErrors(page);
			await page.goto(path);
			const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			expect(axeProblems(results.violations)).toEqual([]);
			expect(errors).toEqual([]);
		});
		test('passes axe in dark mode too', async ({ page }) => {
			await useTheme(page, 'dark');
			await page.goto(path);
			const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			expect(axeProblems(results.violations)).toEqual([]);
		});
		test('has no horizontal scroll at 375 px', async ({ page }) => {
			await page.setViewportSize({ width: 375, height: 800 });
			await page.goto(path);
			const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
			expect(scroll).toBeLessThanOrEqual(client);
		});
	});
}
