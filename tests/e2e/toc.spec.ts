/**
 * The tables of contents (src/features/toc/): the section being read is marked beside the page and
 * named in the phone's folded list, which closes after a choice, a click elsewhere or Esc.
 */
import { expect, test } from '@playwright/test';
import { watchErrors } from './site.ts';

const KA = '/playbooks/key-account/';

test('beside the page: the section in view is marked, from the top to a stage a link leads to', async ({ page }) => {
	const errors = watchErrors(page);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(KA);
	const toc = page.locator('starlight-toc');
	await expect(toc.locator('a[aria-current="true"]')).toHaveText('概述');
	await toc.getByRole('link', { name: '阶段三 价值评估/开发程序' }).click();
	await expect(toc.locator('a[aria-current="true"]')).toHaveText('阶段三 价值评估/开发程序');
	await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
	// Scrolling back up by hand moves the mark back. By hand: a key, as a reader would. A script's
	// scrollTo() within 1.5 s of the jump is no reader's input, so stage-hash.client.ts would still
	// hold the linked stage in place while the stages above take their real height.
	await page.keyboard.press('Home');
	await expect(toc.locator('a[aria-current="true"]')).toHaveText('概述');
	expect(errors).toEqual([]);
});

test('on a phone: the folded list names the section, and closes after a choice, a click elsewhere or Esc', async ({ page }) => {
	const errors = watchErrors(page);
	await page.setViewportSize({ width: 375, height: 700 });
	await page.goto(KA);
	const toc = page.locator('mobile-starlight-toc');
	const summary = toc.locator('summary');
	const details = toc.locator('details');
	await expect(toc.locator('.display-current')).toHaveText('概述');

	await summary.click();
	await expect(details).toHaveAttribute('open', '');
	await page.keyboard.press('Escape');
	await expect(details).not.toHaveAttribute('open');
	await expect(summary).toBeFocused();

	await summary.click();
	await toc.getByRole('link', { name: '阶段二 样品资料提供/信息收集' }).click();
	await expect(details).not.toHaveAttribute('open');
	await expect(page).toHaveURL(/#gather-info$/);
	await expect(toc.locator('.display-current')).toHaveText('阶段二 样品资料提供/信息收集');
	await expect(toc.locator('a[aria-current="true"]')).toHaveText('阶段二 样品资料提供/信息收集');

	await summary.click();
	await expect(details).toHaveAttribute('open', '');
	await page.mouse.click(200, 650);
	await expect(details).not.toHaveAttribute('open');
	expect(errors).toEqual([]);
});
