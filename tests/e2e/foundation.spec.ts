/**
 * The site as a reader first meets it: the home page leads to every playbook, and a playbook's
 * flowchart is a working, themed map of its stages. (Each page's load, axe and layout checks are
 * in pages.spec.ts; what a playbook page shows is checked against the content in hardening.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { useTheme } from './site.ts';
import { contentPlaybooks } from '../../tools/content.ts';

const playbooks = contentPlaybooks();
const pb = playbooks[0]!;

test('the site is zh-CN and the home page links every playbook in order, and no deck', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page).toHaveTitle(/销售流程手册/);
	const cards = page.locator('.playbook-cards h3 a');
	await expect(cards).toHaveText(playbooks.map((p) => p.title));
	expect(await cards.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(playbooks.map((p) => p.href));
	await expect(page.getByRole('link', { name: '演示', exact: true })).toHaveCount(0);
});

test.describe(`the ${pb.slug} playbook's flowchart`, () => {
	test('moves to a stage when its node is activated from the keyboard', async ({ page }) => {
		const stage = pb.stages.at(-1)!;
		await page.goto(pb.href);
		const node = page.getByRole('link', { name: `${stage.label}（跳转到该阶段）` });
		await node.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`#${stage.anchor}$`));
		await expect(page.locator(`#${stage.anchor}`)).toBeInViewport();
	});

	test('is drawn for the light and dark themes from one SVG, recoloured when the theme switches', async ({ page }) => {
		const fill = () => page.locator('figure.flowchart .node rect').first().evaluate((r) => getComputedStyle(r).fill);
		await useTheme(page, 'light');
		await page.goto(pb.href);
		await expect(page.locator('figure.flowchart svg desc').first()).toContainText('流程依次为');
		const light = await fill();
		await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
		const dark = await fill();
		expect(light).not.toBe(dark);
		await page.getByRole('combobox', { name: '选择主题' }).selectOption('light');
		expect(await fill()).toBe(light);
	});
});
