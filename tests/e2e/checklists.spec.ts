import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeProblems, pdfPages, watchErrors, axeOn } from './site.ts';

const KA = '/playbooks/key-account/';

/** The checkbox of a task, once its stage's checklist is ready. */
async function task(page: Page, stage: string, text: string | RegExp) {
	const section = page.locator(`article.stage[data-stage="${stage}"]`);
	await section.scrollIntoViewIfNeeded();
	await expect(section.locator('.cl[data-ready]')).toBeVisible();
	return section.getByRole('checkbox', { name: text });
}

/** Tasks on the page: the total a playbook's progress counts. */
async function taskTotal(page: Page) {
	return page.locator('article.stage ul.checklist > li').count();
}

async function answerGateYes(page: Page) {
	const stage = page.locator('article.stage[data-stage="identify-target"]');
	await stage.getByRole('button', { name: '是，进入下一阶段' }).click();
}

test('a ticked task survives a reload, with its completion date', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto(KA);
	const box = await task(page, 'identify-target', /与客户初步沟通/);
	await box.check();
	await page.reload();
	const again = await task(page, 'identify-target', /与客户初步沟通/);
	await expect(again).toBeChecked();
	// The stage's 日期与备注 holds the day it was ticked.
	await page.locator('article.stage[data-stage="identify-target"]').getByRole('button', { name: /^日期与备注：/ }).click();
	await expect(page.getByLabel(/^完成日期：与客户初步沟通/)).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
	expect(errors).toEqual([]);
});

test('two open pages agree without a reload', async ({ page, context }) => {
	await page.goto(KA);
	const other = await context.newPage();
	await other.goto(KA);
	await (await task(page, 'identify-target', /判断成交机会的有无/)).check();
	await expect(await task(other, 'identify-target', /判断成交机会的有无/)).toBeChecked();
	await (await task(other, 'identify-target', /了解客户的潜在需求/)).check();
	await expect(await task(page, 'identify-target', /了解客户的潜在需求/)).toBeChecked();
	await expect(await task(page, 'identify-target', /判断成交机会的有无/)).toBeChecked();
});

test('later stages stay locked until the gate is answered 是, and 否 ends the run', async ({ page }) => {
	await page.goto(KA);
	const later = await task(page, 'gather-info', /提供样品/);
	await expect(later).toBeDisabled();
	await expect(page.locator('article.stage[data-stage="gather-info"]')).toHaveAttribute('data-state', 'locked');
	await answerGateYes(page);
	await expect(later).toBeEnabled();
	await page.getByRole('button', { name: '撤销' }).click();
	const gate = page.locator('article.stage[data-stage="identify-target"]');
	await gate.getByRole('button', { name: '否，终止' }).click();
	await gate.getByRole('textbox', { name: '终止原因' }).fill('客户近期没有调整供应商的计划');
	await gate.getByRole('button', { name: '确认终止此清单' }).click();
	await expect(gate.locator('.cl-terminated')).toContainText('已终止');
	await expect(page.locator('.runbar')).toContainText('已终止');
	await expect(page.locator('.runbar')).toContainText('客户近期没有调整供应商的计划');
	await expect(later).toBeDisabled();
	await page.reload();
	await expect(await task(page, 'close-deal', /安排双方高层沟通/)).toBeDisabled();
});

test('the flowchart marks finished and current stages live', async ({ page }) => {
	await page.goto(KA);
	for (const name of [/了解客户的潜在需求/, /与客户初步沟通/, /判断成交机会的有无/]) await (await task(page, 'identify-target', name)).check();
	await answerGateYes(page);
	const node = (id: string) => page.locator(`figure.flowchart a.fc-stage[data-stage="${id}"]`);
	await expect(node('identify-target')).toHaveAttribute('data-state', 'done');
	await expect(node('gather-info')).toHaveAttribute('data-current', '');
	const fills = await node('identify-target').locator('rect').first().evaluate((r) => getComputedStyle(r).fill);
	const open = await node('evaluate-value').locator('rect').first().evaluate((r) => getComputedStyle(r).fill);
	expect(fills).not.toBe(open);
	await expect(page.locator('.runbar .cl-count')).toHaveText(`3/${await taskTotal(page)}`);
});

test('runs: create, switch, rename; 我的清单 lists them; delete has undo', async ({ page }) => {
	await page.goto(KA);
	const total = await taskTotal(page);
	await page.getByRole('button', { name: '新建客户清单' }).click();
	await page.getByRole('textbox', { name: /新清单名称/ }).fill('华东某集团 2026-12');
	await page.getByRole('button', { name: '创建' }).click();
	await (await task(page, 'identify-target', /与客户初步沟通/)).check();
	await page.getByRole('button', { name: '新建客户清单' }).click();
	await page.getByRole('textbox', { name: /新清单名称/ }).fill('华南某公司');
	await page.getByRole('button', { name: '创建' }).click();
	await expect(await task(page, 'identify-target', /与客户初步沟通/)).not.toBeChecked();
	await page.getByRole('combobox', { name: '客户清单' }).selectOption({ label: '华东某集团 2026-12' });
	await expect(await task(page, 'identify-target', /与客户初步沟通/)).toBeChecked();
	await page.getByRole('button', { name: '重命名' }).click();
	await page.getByRole('textbox', { name: '清单名称' }).fill('华东集团 2026-12');
	await page.getByRole('button', { name: '保存' }).click();

	await page.goto('/checklists/');
	const rows = page.locator('li.run');
	await expect(rows).toHaveCount(2);
	const east = rows.filter({ hasText: '华东集团 2026-12' });
	await expect(east).toContainText('大客户开发流程');
	await expect(east.locator('.cl-count')).toHaveText(`1/${total}`);
	await east.getByRole('button', { name: /^删除.*华东集团 2026-12/ }).click();
	await east.getByRole('button', { name: '删除', exact: true }).click();
	await expect(rows).toHaveCount(1);
	await page.getByRole('button', { name: '撤销' }).click();
	await expect(rows).toHaveCount(2);
	const results = await axeOn(page).analyze();
	expect(axeProblems(results.violations)).toEqual([]);
});

test('export → clear → import gives back the same state; a bad file changes nothing', async ({ page }, info) => {
	await page.goto(KA);
	await (await task(page, 'identify-target', /与客户初步沟通/)).check();
	await answerGateYes(page);
	const saved = await page.evaluate(() => localStorage.getItem('sales-playbook:state'));
	await page.goto('/checklists/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出全部（JSON）' }).click();
	const file = info.outputPath('backup.json');
	await (await download).saveAs(file);

	const bad = info.outputPath('bad.json');
	writeFileSync(bad, '{"version":1,"runs":{"x":{"id":"x"}}}');
	await page.getByLabel('导入备份文件').setInputFiles(bad);
	await expect(page.getByRole('alert')).toContainText('现有数据没有改动');
	expect(await page.evaluate(() => localStorage.getItem('sales-playbook:state'))).toBe(saved);

	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect(page.locator('li.run')).toHaveCount(0);
	// The button-styled control is the file input itself: next in the tab order, and a click on
	// the label opens the picker.
	await page.getByRole('button', { name: '导出全部（JSON）' }).focus();
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('导入备份文件')).toBeFocused();
	const picked = page.waitForEvent('filechooser');
	await page.locator('.file-pick').click();
	await (await picked).setFiles(file);
	await page.getByRole('button', { name: '替换全部现有清单' }).click();
	await expect(page.locator('li.run')).toHaveCount(1);
	expect(JSON.parse((await page.evaluate(() => localStorage.getItem('sales-playbook:state')))!)).toEqual(JSON.parse(saved!));
	expect(JSON.parse(readFileSync(file, 'utf8')).app).toBe('销售流程手册');
});

test('corrupted saved state shows a notice and the page keeps working', async ({ page }) => {
	await page.addInitScript(() => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('sales-playbook:state', '{"version":1,"runs":{');
			sessionStorage.setItem('seeded', '1');
		}
	});
	const errors = watchErrors(page);
	await page.goto(KA);
	await expect(page.locator('.cl-notices').first()).toContainText('已损坏');
	await (await task(page, 'identify-target', /与客户初步沟通/)).check();
	await page.reload();
	await expect(await task(page, 'identify-target', /与客户初步沟通/)).toBeChecked();
	expect(errors).toEqual([]);
});

test('a run prints as one A4 page with ticks and notes; the blank one prints too', async ({ page }) => {
	await page.goto(KA);
	await (await task(page, 'identify-target', /与客户初步沟通/)).check();
	await page.locator('article.stage[data-stage="identify-target"]').getByRole('button', { name: /^日期与备注：/ }).click();
	await page.getByRole('textbox', { name: /^备注：与客户初步沟通/ }).fill('周三上门拜访采购部');
	await page.goto('/checklists/');
	await page.locator('summary', { hasText: '打印抬头' }).click();
	await page.getByRole('textbox', { name: '客户' }).fill('华东某集团');
	await page.getByRole('textbox', { name: '客户' }).press('Tab');
	await page.getByRole('textbox', { name: '销售代表' }).fill('李四');
	await page.getByRole('textbox', { name: '销售代表' }).press('Tab');
	await page.locator('li.run').getByRole('link', { name: /^打印/ }).click();
	await expect(page.locator('#pc-status')).toContainText('已填入');
	await expect(page.locator('[data-fill="customer"]')).toHaveText('华东某集团');
	await expect(page.locator('[data-task="identify-target/initial-contact"] .pc-box')).toHaveText('☑');
	await expect(page.locator('[data-task="identify-target/initial-contact"] .pc-note')).toHaveText('备注：周三上门拜访采购部');
	await page.emulateMedia({ media: 'print' });
	expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
	await page.goto('/checklists/key-account/');
	await expect(page.locator('[data-task] .pc-box').first()).toHaveText('☐');
	expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
});

test('the printed key-account checklist keeps every 编者补充 mark, the personal-information caution and the 合规提示', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto('/checklists/key-account/');
	// Stages 3–5 are the editor's (whole stage): marked at their heading, as on the playbook page.
	for (const title of ['价值评估/开发程序', '关系建立', '促成成交']) {
		const heading = page.getByRole('heading', { name: new RegExp(title) });
		await expect(heading).toBeVisible();
		await expect(heading.locator('.pc-ed')).toHaveText('编者补充');
	}
	await expect(page.getByRole('heading', { name: /确定开发对象/ }).locator('.pc-ed')).toHaveCount(0);
	// A task the editor added is marked on its line; a source task is not.
	await expect(page.locator('[data-task="gather-info/confirm-needs"] .pc-ed')).toHaveText('编者补充');
	await expect(page.locator('[data-task="gather-info/profile-decision-makers"] .pc-ed')).toHaveCount(0);
	// The source's words print, with the personal-information caution and the 合规提示 beside them.
	await expect(page.locator('[data-task="gather-info/profile-decision-makers"]')).toContainText('搜集关键决策人的所有个人信息');
	const caution = page.getByRole('complementary', { name: '注意' });
	await expect(caution).toBeVisible();
	await expect(caution).toContainText('个人信息保护法');
	await expect(caution).toContainText('编者补充');
	const compliance = page.getByRole('complementary', { name: '合规提示' });
	await expect(compliance).toHaveCount(3);
	await expect(compliance.first()).toContainText('商业秘密');
	await expect(compliance.first()).toContainText('以法务审核的正式文本和当地规定为准。');
	await expect(compliance.first().locator('.pc-ed')).toBeVisible();
	expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
});

test('the print pages say why saved data could not be read, and print blank', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('sales-playbook:state', '{"version":2,"runs":{'));
	await page.goto('/checklists/key-account/?run=run1');
	await expect(page.locator('#pc-status')).toHaveText(/保存的数据无法读取（不是有效的 JSON）.*下面是空白清单。/);
	await expect(page.locator('[data-task] .pc-box').first()).toHaveText('☐');
	await page.goto('/onboarding/record/');
	await expect(page.locator('#pr-status')).toHaveText(/保存的数据无法读取（不是有效的 JSON）.*下面是空白记录。/);
	// Read-only: what is saved stays for the full store to back up and report.
	expect(await page.evaluate(() => localStorage.getItem('sales-playbook:state'))).toBe('{"version":2,"runs":{');
});

test('a saved run is restored into the page without moving anything, on a phone and on a desktop', async ({ page }) => {
	const at = '2026-11-30T08:00:00.000Z';
	const saved = {
		version: 2,
		runs: {
			r1: {
				id: 'r1',
				playbook: 'key-account',
				name: '华东某集团 2026-12',
				createdAt: at,
				updatedAt: at,
				archived: false,
				tasks: { 'identify-target/initial-contact': { done: true, doneAt: '2026-11-30', note: '周三上门拜访采购部', updatedAt: at } },
				gates: { 'identify-target': { answer: 'yes', at: '2026-11-30', updatedAt: at } },
			},
		},
		active: { 'key-account': 'r1' },
		course: { reading: { 'key-account': { openedAt: at, readAt: at, updatedAt: at } }, quizzes: {} },
	};
	await page.addInitScript((doc) => {
		localStorage.setItem('sales-playbook:state', doc);
		(window as unknown as { shift: number }).shift = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) (window as unknown as { shift: number }).shift += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	}, JSON.stringify(saved));
	// Scripts arrive late, as on a slow phone network: the page is painted before the run is restored.
	await page.route(/\/_astro\/.*\.js$/, async (route) => {
		await new Promise((r) => setTimeout(r, 400));
		await route.continue();
	});
	for (const width of [375, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		// Opened at the first stage, its checklist and gate in view (a shift out of view is no shift).
		await page.goto(`${KA}#identify-target`);
		await expect(page.locator('.runbar[data-ready]')).toHaveCount(1);
		await expect(page.locator('.read-mark[data-ready] .course-status')).toContainText('已读');
		await expect(page.getByRole('combobox', { name: '客户清单' })).toHaveValue('r1');
		await expect(page.locator('article.stage[data-stage="gather-info"]')).not.toHaveAttribute('data-state', 'locked');
		await expect(page.locator('article.stage[data-stage="identify-target"] .cl-count')).toHaveText('已完成 1/3');
		// Nothing was typed or clicked: any shift is the restore's.
		await page.evaluate(() => new Promise(requestAnimationFrame));
		expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), `layout shift at ${width} px`).toBeLessThanOrEqual(0.001);
	}
	await page.locator('article.stage[data-stage="identify-target"]').getByRole('button', { name: /^日期与备注：/ }).click();
	await expect(page.getByRole('textbox', { name: /^备注：与客户初步沟通/ })).toHaveValue('周三上门拜访采购部');
	await expect(page.getByLabel(/^完成日期：与客户初步沟通/)).toHaveValue('2026-11-30');
});
