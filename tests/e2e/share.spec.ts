/**
 * Share links and the team board (issue 16): share a run without a server, open it in a fresh
 * browser, import it, put it on the team board, refuse a damaged link, and scan the QR code.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { axeProblems, watchErrors, axeOn } from './site.ts';
import { encodeShared, shareRun as linkOf } from '../../src/features/share/codec.ts';

const KA = '/playbooks/key-account/';

// Each test walks several pages in two browsers; the machine running them may be shared.
test.describe.configure({ timeout: 120_000 });

/** The checkbox of a task, once its stage's checklist is ready. */
async function task(page: Page, stage: string, text: string | RegExp) {
	const section = page.locator(`article.stage[data-stage="${stage}"]`);
	await section.scrollIntoViewIfNeeded();
	await expect(section.locator('.cl[data-ready]')).toBeVisible();
	return section.getByRole('checkbox', { name: text });
}

/** Creates the run 华润置地 on the key-account page, ticks 3 tasks and opens its share dialog. */
async function shareRun(page: Page) {
	await page.goto(KA);
	await page.locator('.runbar').getByRole('button', { name: '新建客户清单' }).click();
	await page.getByRole('textbox', { name: /新清单名称/ }).fill('华润置地');
	await page.getByRole('button', { name: '创建' }).click();
	await expect(page.locator('.runbar-progress')).toContainText('华润置地');
	for (const name of [/了解客户的潜在需求/, /与客户初步沟通/, /判断成交机会的有无/]) await (await task(page, 'identify-target', name)).check();
	const total = await page.locator('article.stage ul.checklist > li').count();
	await expect(page.locator('.runbar .cl-count')).toHaveText(`3/${total}`);
	await page.locator('.runbar').getByRole('button', { name: '分享进度' }).click();
	const dialog = page.getByRole('dialog', { name: /分享进度/ });
	await expect(dialog).toBeVisible();
	return { dialog, total };
}

async function makeLink(page: Page) {
	const { dialog, total } = await shareRun(page);
	await expect(dialog.getByRole('checkbox', { name: /包含各项工作的备注/ })).not.toBeChecked();
	await dialog.getByRole('button', { name: '生成链接' }).click();
	const field = dialog.getByRole('textbox', { name: '分享链接' });
	await expect(field).toHaveValue(/\/share\/#z1\./);
	return { dialog, link: await field.inputValue(), total };
}

/** A page in a new, empty browser context (another person's browser). */
async function fresh(browser: Browser) {
	const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
	return { context, page: await context.newPage() };
}

test('share a run: the link carries it, a fresh browser shows and imports it, the team board places it', async ({ page, browser, baseURL }) => {
	const errors = watchErrors(page);
	const sent: string[] = [];
	page.on('request', (r) => sent.push(r.url()));
	const { link, total } = await makeLink(page);

	// The data is in the fragment, and the fragment never went over the network.
	const url = new URL(link);
	expect(url.origin + url.pathname).toBe(`${baseURL}/share/`);
	expect(url.hash.length).toBeGreaterThan(100);
	expect(sent.some((u) => u.includes(url.hash.slice(1, 40)))).toBe(false);
	expect(errors).toEqual([]);

	// Someone else's browser: read-only view, then import.
	const other = await fresh(browser);
	const view = other.page;
	const viewErrors = watchErrors(view);
	await view.goto(link);
	await expect(view.locator('.share-customer')).toHaveText('华润置地');
	await expect(view.locator('.share-progress .cl-count')).toHaveText(`3/${total}`);
	await expect(view.locator('.share-stage[data-stage="identify-target"] .cl-count')).toHaveText('3/3');
	await expect(view.locator('.share-flow a.fc-stage[data-stage="identify-target"]')).toHaveAttribute('data-state', 'open');
	await expect(view.locator('.share-flow a.fc-stage[data-stage="identify-target"]')).toHaveAttribute('data-current', '');
	await view.getByRole('button', { name: '导入到我的清单' }).click();
	await expect(view.getByRole('status').filter({ hasText: '已导入到我的清单' })).toBeVisible();
	await view.goto('/checklists/');
	await expect(view.locator('.run-name', { hasText: '华润置地' })).toBeVisible();
	await expect(view.locator('.run', { hasText: '华润置地' }).locator('.cl-count')).toHaveText(`3/${total}`);
	await expect(view.locator('.run', { hasText: '华润置地' }).getByRole('button', { name: /分享进度.*华润置地/ })).toBeVisible();

	// The same link on the team board: a card in the run's current stage.
	await view.goto('/team/');
	await view.getByRole('textbox', { name: '分享链接' }).fill(`${link}\n`);
	await view.getByRole('button', { name: '添加', exact: true }).click();
	await expect(view.getByRole('status')).toContainText('新加入 1 份');
	const card = view.locator('.team-column[data-column="identify-target"] .team-card');
	await expect(card).toHaveCount(1);
	await expect(card).toContainText('华润置地');
	await expect(card.locator('.cl-count')).toHaveText(`3/${total}`);
	await expect(card.locator('.team-days')).toContainText('今天有更新');
	// Kept in this browser under its own key, across a reload.
	await view.reload();
	await expect(view.locator('.team-column[data-column="identify-target"] .team-card')).toHaveCount(1);
	expect(viewErrors).toEqual([]);
	await other.context.close();
});

test('a damaged link shows a clear message and changes nothing', async ({ page }) => {
	const { link } = await makeLink(page);
	const before = await page.evaluate(() => localStorage.getItem('sales-playbook:state'));
	await page.goto(link.slice(0, Math.floor(link.length * 0.7)));
	await expect(page.getByRole('alert')).toContainText('无法打开这个分享链接');
	await expect(page.getByRole('alert')).toContainText('没有改动任何数据');
	await expect(page.getByRole('button', { name: '导入到我的清单' })).toHaveCount(0);
	expect(await page.evaluate(() => localStorage.getItem('sales-playbook:state'))).toBe(before);
	await page.goto('/share/#z1.<script>alert(1)</script>');
	await expect(page.getByRole('alert')).toContainText('无法打开这个分享链接');
});

test('the QR code decodes back to the link', async ({ page }) => {
	const { dialog, link } = await makeLink(page);
	const qr = dialog.getByRole('img', { name: '二维码' });
	await expect(qr).toBeVisible();
	const png = await qr.screenshot();
	const pixels = await page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.width;
		canvas.height = img.height;
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		return { width: img.width, height: img.height, data: Array.from(ctx.getImageData(0, 0, img.width, img.height).data) };
	}, png.toString('base64'));
	const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
	expect(code?.data).toBe(link);
	await dialog.getByRole('button', { name: '复制链接' }).click();
	await expect(dialog.getByRole('status')).toContainText(/复制/);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.locator('.runbar').getByRole('button', { name: '分享进度' })).toBeFocused();
});

test('the share dialog, /share/ and /team/ pass axe (WCAG 2.2 AA)', async ({ page }) => {
	const { link } = await makeLink(page);
	const dialog = await axeOn(page).include('.share-dialog').analyze();
	expect(axeProblems(dialog.violations)).toEqual([]);
	await page.goto(link);
	await expect(page.locator('.share-customer')).toBeVisible();
	await expect(page.locator('.share-flow figure')).toBeVisible();
	const share = await axeOn(page).analyze();
	expect(axeProblems(share.violations)).toEqual([]);
	await page.goto('/team/');
	await page.getByRole('textbox', { name: '分享链接' }).fill(link);
	await page.getByRole('button', { name: '添加', exact: true }).click();
	await expect(page.locator('.team-card')).toHaveCount(1);
	const team = await axeOn(page).analyze();
	expect(axeProblems(team.violations)).toEqual([]);
});

test('a course record is shared the same way: 自报记录 on /share/, a row on the team board', async ({ page, browser }) => {
	await page.goto(KA);
	await expect(page.locator('.runbar')).toBeVisible();
	await page.goto('/onboarding/');
	await page.getByRole('button', { name: '分享学习记录' }).click();
	const dialog = page.getByRole('dialog', { name: '分享学习记录' });
	await dialog.getByRole('textbox', { name: '我的名字', exact: true }).fill('李新');
	await dialog.getByRole('button', { name: '生成链接' }).click();
	const link = await dialog.getByRole('textbox', { name: '分享链接' }).inputValue();
	await expect(dialog.getByRole('img', { name: '二维码' })).toBeVisible();
	await page.keyboard.press('Escape');
	// The name is kept once, for the course record too.
	await expect(page.getByRole('textbox', { name: /学员姓名/ })).toHaveValue('李新');

	const other = await fresh(browser);
	await other.page.goto(link);
	await expect(other.page.locator('.share-course h2')).toContainText('李新');
	await expect(other.page.locator('.share-self')).toHaveText('自报记录');
	await expect(other.page.locator('.share-table tr', { hasText: '大客户开发流程' })).toContainText('阅读中');
	await other.page.goto('/team/');
	await other.page.getByRole('textbox', { name: '分享链接' }).fill(link);
	await other.page.getByRole('button', { name: '添加', exact: true }).click();
	await expect(other.page.locator('.team-course tbody tr')).toHaveCount(1);
	await expect(other.page.locator('.team-course tbody tr')).toContainText('李新');
	await other.context.close();
});

test('the team board prints on A4 landscape without its controls', async ({ page }) => {
	const run = { id: 'print-run', playbook: 'key-account', name: '打印客户', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-02T00:00:00.000Z', archived: false, tasks: {}, gates: {} };
	const payload = await encodeShared(linkOf(run, { notes: false, by: '王小明' }, new Date()));
	await page.goto('/team/');
	await page.getByRole('textbox', { name: '分享链接' }).fill(`/share/#${payload}`);
	await page.getByRole('button', { name: '添加', exact: true }).click();
	await expect(page.locator('.team-column[data-column="identify-target"] .team-card')).toContainText('打印客户');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.team-add')).toBeHidden();
	await expect(page.locator('.team-card')).toBeVisible();
	// 297 × 210 mm = 842 × 595 pt.
	const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
	const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
	expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([842, 595]);
});
