/**
 * Templates: SMS composer (preview, count, copy, fallback), printable forms (blank and filled PDFs,
 * checks, the 月供 calculator), fill-once storage, typed markup staying text, axe and no-JS.
 */
import { expect, test, type Page } from '@playwright/test';
import { pdfPages, watchErrors } from './site.ts';
import { contentTemplates } from '../../tools/content.ts';

const XSS = '<img src=x onerror=alert(1)>';
const TEMPLATES = contentTemplates().map((t) => t.id);
const FORMS = contentTemplates().filter((t) => t.data.kind === 'form').map((t) => t.id);
/** A4 pages a form may take, blank or filled: one, unless listed. */
const PAGE_LIMIT: Record<string, number> = { 'purchase-commitment': 2 };
const pageLimit = (id: string) => PAGE_LIMIT[id] ?? 1;
const STORE_KEY = 'sales-playbook:buyer:v1';

/** The template's island once it has read storage (its bar is in the server markup already). */
const ready = (page: Page) => page.locator(':is(.sms-template, .template-form)[data-ready] .buyer-bar');

/** Opens a template page and waits for the island to have read storage. */
async function open(page: Page, id: string) {
	await page.goto(`/templates/${id}/`);
	await expect(ready(page)).toBeVisible();
}

test.describe('SMS templates', () => {
	test('fill → preview → copy: the pasted text equals the preview', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, 'sms-signing-reminder');
		await page.getByLabel('客户称呼').fill('张先生');
		await page.getByLabel('房号').fill('3-1-1201');
		await page.getByLabel('签约日期和时间').fill('5月20日上午10点');
		await page.getByLabel('签约地点').fill('售楼处二楼签约室');
		await page.getByLabel('置业顾问姓名').fill('王芳');
		await page.getByLabel('置业顾问联系电话').fill('13800138000');
		const preview = page.locator('[data-sms-text]');
		await expect(preview).toContainText('张先生您好，3-1-1201号房定于5月20日上午10点在售楼处二楼签约室签订《商品房买卖合同》，请带身份证件原件');
		await expect(preview).not.toContainText('{');
		await page.getByRole('button', { name: '复制短信' }).click();
		await expect(page.getByRole('status').filter({ hasText: '已复制到剪贴板' })).toBeVisible();
		const pasted = await page.evaluate(() => navigator.clipboard.readText());
		expect(pasted).toBe(await preview.textContent());
	});

	test('counts characters and SMS parts as the text grows', async ({ page }) => {
		await open(page, 'sms-visit-thanks');
		const count = page.locator('[data-sms-count]');
		await expect(count).toContainText(/共 \d+ 字，按 1 条短信发送/);
		await page.getByLabel('客户称呼').fill('欧阳先生'.repeat(6));
		const text = (await page.locator('[data-sms-text]').textContent())!;
		expect(text.length).toBeGreaterThan(70);
		await expect(count).toContainText(`共 ${text.length} 字，按 ${Math.ceil(text.length / 67)} 条短信发送`);
		// The signing reminder fits two parts even with this long name (review item 23: it used to take three).
		await open(page, 'sms-signing-reminder');
		await expect(count).toContainText('按 2 条短信发送');
	});

	test('offers the text selected in a box when the clipboard is refused', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
		});
		await open(page, 'sms-visit-thanks');
		await page.getByLabel('客户称呼').fill('李女士');
		await page.getByRole('button', { name: '复制短信' }).click();
		await expect(page.getByRole('status').filter({ hasText: '没有允许自动复制' })).toBeVisible();
		const box = page.getByLabel('短信全文（已选中，可直接复制）');
		await expect(box).toHaveValue((await page.locator('[data-sms-text]').textContent())!);
		await expect(box).toBeFocused();
		expect(await box.evaluate((t: HTMLTextAreaElement) => t.selectionEnd - t.selectionStart)).toBe(((await box.inputValue()) as string).length);
	});

	test('can be filled and copied with the keyboard alone', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, 'sms-visit-thanks');
		await page.getByLabel('短信签名（项目名称）').focus();
		await page.keyboard.type('某某花园');
		await page.keyboard.press('Tab');
		await page.keyboard.type('张先生');
		await page.keyboard.press('Tab');
		await page.keyboard.type('王芳');
		await page.keyboard.press('Tab');
		await page.keyboard.type('13800138000');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: '复制短信' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: '已复制' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('【某某花园】张先生您好，感谢您今天到访售楼处。我是置业顾问王芳，对房源有任何疑问欢迎随时来电：13800138000。回复TD退订');
	});
});

test.describe('field checks', () => {
	test('explain a wrong 身份证号, 手机 and 邮编 next to the field', async ({ page }) => {
		await open(page, 'owner-record');
		const paper = page.locator('.paper');
		const cases: Array<[string, string, string]> = [
			['主产权人证件号码（身份证、港澳台证件或护照）', '1101051949123100', '身份证号应为 18 位，现在是 16 位'],
			['共有人1证件号码（身份证、港澳台证件或护照）', '110105194912310021', '身份证号校验位不符，请逐位核对'],
			['主产权人通讯地址（省级行政区全称）', '北京', '请写省级行政区的全称“北京市”'],
			['主产权人手机（一）', '1380013800', '手机号应为 11 位数字，以 1 开头'],
			['主产权人邮编', '51000', '邮编应为 6 位数字'],
		];
		for (const [label, value, message] of cases) {
			const input = paper.getByLabel(label, { exact: true });
			await input.fill(value);
			await input.blur();
			await expect(input).toHaveAttribute('aria-invalid', 'true');
			await expect(input).toHaveAccessibleDescription(message);
		}
		const id = paper.getByLabel('主产权人证件号码（身份证、港澳台证件或护照）', { exact: true });
		await id.fill('11010519491231002X');
		await expect(id).not.toHaveAttribute('aria-invalid');
	});

	test('take a passport or a 港澳 pass when 国籍 says so, and 70 years of land use', async ({ page }) => {
		await open(page, 'owner-record');
		const paper = page.locator('.paper');
		const id = paper.getByLabel('共有人2证件号码（身份证、港澳台证件或护照）', { exact: true });
		await id.fill('E12345678');
		await id.blur();
		await expect(id).toHaveAccessibleDescription('身份证号应为 18 位，现在是 9 位（港澳台居民或外籍人士请先填写国籍）');
		await paper.getByLabel('共有人2国籍', { exact: true }).fill('美国');
		await expect(id).not.toHaveAttribute('aria-invalid');
		await paper.getByLabel('共有人2国籍', { exact: true }).fill('中国香港');
		await expect(id).toHaveAccessibleDescription(/港澳居民来往内地通行证/);
		await id.fill('H12345678');
		await expect(id).not.toHaveAttribute('aria-invalid');
		await open(page, 'purchase-commitment');
		const land = page.locator('.paper').getByLabel('土地使用年限（年）');
		await land.fill('70');
		await land.blur();
		await expect(land).not.toHaveAttribute('aria-invalid');
		await land.fill('71');
		await expect(land).toHaveAccessibleDescription('土地使用年限最长 70 年（住宅用地），请填写 1–70');
	});

	test('want money and rates as numbers, and never block printing, blank or filled', async ({ page }) => {
		await open(page, 'purchase-commitment');
		const paper = page.locator('.paper');
		await paper.getByLabel('总价（签约价，元）').fill('一百万');
		await paper.getByLabel('贷款年限（年）').fill('31');
		await paper.getByLabel('面积（平方米）').click();
		await expect(paper.getByText('金额请填写数字（单位：元），最多两位小数，例如 1200000 或 5307.27')).toBeVisible();
		await expect(paper.getByText('个人住房贷款最长 30 年，请填写 1–30')).toBeVisible();
		await page.evaluate(() => {
			(window as any).printed = [];
			window.print = () => (window as any).printed.push([...document.querySelectorAll<HTMLInputElement>('.paper input.blank')].map((i) => i.value).join(''));
		});
		await page.getByRole('button', { name: '打印（含已填内容）' }).click();
		await page.getByRole('button', { name: '打印空白表' }).click();
		await expect.poll(() => page.evaluate(() => (window as any).printed)).toEqual(['一百万31', '']);
		await expect(paper.getByLabel('总价（签约价，元）')).toHaveValue('一百万');
	});
});

test.describe('月供 calculator', () => {
	test('fills the letter’s 贷款金额 and 月供 by either repayment method', async ({ page }) => {
		await open(page, 'purchase-commitment');
		const calc = page.locator('.loan-panel');
		await calc.getByLabel('总价（签约价，元）').fill('1000000');
		await calc.getByLabel('首付比例（%）').fill('30');
		await calc.getByLabel('直接填写利率').check();
		await calc.getByLabel('商业贷款年利率（%）').fill('3.1');
		await calc.getByLabel('贷款年限（年）').fill('25');
		const paper = page.locator('.paper');
		await expect(paper.getByLabel('首付款（元）')).toHaveValue('300000');
		await expect(paper.locator('[data-field="贷款金额"]')).toHaveText('700,000.00 元');
		await expect(paper.locator('[data-field="贷款利率"]')).toHaveText('3.10%');
		await expect(paper.locator('[data-field="月供"]')).toHaveText('3,356.00 元（等额本息）');
		await expect(calc.locator('[data-cell="ei-interest"]')).toHaveText('306,800.59 元');
		await expect(calc.locator('[data-cell="ei-total"]')).toHaveText('1,006,800.59 元');
		await expect(calc.locator('[data-cell="ep-first"]')).toHaveText('4,141.67 元');
		await expect(calc.locator('[data-cell="ep-decrease"]')).toHaveText('6.03 元');
		await expect(calc.locator('[data-cell="ep-interest"]')).toHaveText('272,154.17 元');
		await expect(calc.locator('[data-cell="ep-total"]')).toHaveText('972,154.17 元');
		await calc.getByLabel('等额本金').check();
		await expect(paper.locator('[data-field="月供"]')).toHaveText('首月 4,141.67 元，每月递减 6.03 元（等额本金）');
		// Typing 首付款 in the letter itself wins over the ratio.
		await paper.getByLabel('首付款（元）').fill('500000');
		await expect(paper.locator('[data-field="贷款金额"]')).toHaveText('500,000.00 元');
		await expect(calc.getByLabel('首付比例（%）')).toHaveValue('');
	});

	test('works out a 组合贷 with the 商业贷款 rate as LPR + 基点, both parts on the letter', async ({ page }) => {
		await open(page, 'purchase-commitment');
		const calc = page.locator('.loan-panel');
		await calc.getByLabel('总价（签约价，元）').fill('1500000');
		await calc.getByLabel('首付款（元）').fill('500000');
		await calc.getByLabel('贷款年限（年）').fill('30');
		await calc.getByRole('radio', { name: '组合贷' }).check();
		await calc.getByLabel('5 年期以上 LPR（%）').fill('3.05');
		await calc.getByRole('textbox', { name: /加减基点/ }).fill('-30');
		await expect(calc.locator('[data-commercial-rate]')).toHaveText('商业贷款年利率 = 2.75%');
		await calc.getByLabel('公积金贷款年利率（%）').fill('2.85');
		await calc.getByLabel('公积金贷款金额（元）').fill('300000');
		const paper = page.locator('.paper');
		await expect(paper.locator('[data-field="贷款金额"]')).toHaveText('1,000,000.00 元（商业贷款 700,000.00 元，公积金贷款 300,000.00 元）');
		await expect(paper.locator('[data-field="贷款利率"]')).toHaveText('商业贷款 2.75%（LPR 3.05% 减 30 个基点），公积金贷款 2.85%');
		await expect(paper.locator('[data-field="月供"]')).toHaveText('4,098.36 元（商业贷款 2,857.69 元 + 公积金贷款 1,240.67 元，等额本息）');
		const total = calc.locator('table[data-part="total"]');
		await expect(total.locator('[data-cell="ei-monthly"]')).toHaveText('4,098.36 元');
		await expect(total.locator('[data-cell="ep-first"]')).toHaveText('5,094.44 元');
		await calc.getByText('商业贷款和公积金贷款两部分的明细').click();
		await expect(calc.locator('table[data-part="commercial"] [data-cell="ep-first"]')).toHaveText('3,548.61 元');
		await expect(calc.locator('table[data-part="fund"] [data-cell="ep-first"]')).toHaveText('1,545.83 元');
		await calc.getByLabel('等额本金').check();
		await expect(paper.locator('[data-field="月供"]')).toHaveText('首月 5,094.44 元（商业贷款 3,548.61 元 + 公积金贷款 1,545.83 元），每月递减 6.44 元（等额本金）');
	});
});

test('a filled letter with a long 月供 line has no horizontal scroll at 375 px', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await open(page, 'purchase-commitment');
	const calc = page.locator('.loan-panel');
	await calc.getByLabel('总价（签约价，元）').fill('12345678.90');
	await calc.getByLabel('首付比例（%）').fill('35');
	await calc.getByRole('radio', { name: '组合贷' }).check();
	await calc.getByLabel('5 年期以上 LPR（%）').fill('3.95');
	await calc.getByRole('textbox', { name: /加减基点/ }).fill('-30');
	await calc.getByLabel('公积金贷款年利率（%）').fill('2.85');
	await calc.getByLabel('公积金贷款金额（元）').fill('1200000');
	await calc.getByLabel('贷款年限（年）').fill('30');
	await calc.getByLabel('等额本金').check();
	await page.locator('.paper').getByLabel('面积（平方米）').fill('八十九');
	await page.locator('.paper').getByLabel('车位').click();
	await expect(page.locator('.paper [data-field="月供"]')).toContainText('等额本金');
	const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
	expect(scroll).toBeLessThanOrEqual(client);
});

test.describe('fill once', () => {
	test('shares values across templates for the session, keeps them only when asked, clears them all', async ({ page }) => {
		await open(page, 'sms-subscription');
		await page.getByLabel('客户称呼').fill('张三');
		await page.getByLabel('房号').fill('3-1-1201');
		await open(page, 'purchase-commitment');
		const paper = page.locator('.paper');
		await expect(paper.getByLabel('承诺人（客户）姓名')).toHaveValue('张三');
		// 房号 appears twice in the letter (opening and clause 七); both lines show the one value.
		for (const line of await paper.getByLabel('房号', { exact: true }).all()) await expect(line).toHaveValue('3-1-1201');
		const stored = () => page.evaluate((k) => [sessionStorage.getItem(k), localStorage.getItem(k)], STORE_KEY);
		expect((await stored())[0]).toContain('张三');
		expect((await stored())[1]).toBeNull();

		await page.getByLabel('在此设备上保留（公用电脑请勿勾选）').check();
		await expect.poll(async () => (await stored())[1]).toContain('张三');
		expect((await stored())[0]).toBeNull();

		await page.getByRole('button', { name: '清除全部客户资料' }).click();
		await expect(paper.getByLabel('承诺人（客户）姓名')).toHaveValue('');
		await expect(page.getByRole('status').filter({ hasText: '已清除' })).toBeVisible();
		expect(await stored()).toEqual([null, null]);
	});

	test('saves a value in the same event that typed it, so leaving at once loses nothing', async ({ page }) => {
		await open(page, 'sms-subscription');
		await expect(page.getByLabel('房号')).toBeEditable();
		// Typing and reading storage in one task: a save left for after the next render would miss it.
		const saved = await page.evaluate((k) => {
			const input = [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('房号'))?.control as HTMLInputElement;
			input.value = '5-2-0601';
			input.dispatchEvent(new Event('input', { bubbles: true }));
			return sessionStorage.getItem(k);
		}, STORE_KEY);
		expect(saved).toContain('5-2-0601');
	});

	test('ignores stored data it does not understand', async ({ page }) => {
		const errors = watchErrors(page);
		await page.addInitScript((k) => {
			sessionStorage.setItem(k, '{"v":1,"values":{"客户姓名":42,"房号":"5-501"}}');
			localStorage.setItem(k, 'not json');
		}, STORE_KEY);
		await open(page, 'sms-visit-thanks');
		await expect(page.getByLabel('客户称呼')).toHaveValue('');
		await open(page, 'purchase-commitment');
		await expect(page.locator('.paper').getByLabel('房号', { exact: true }).first()).toHaveValue('5-501');
		expect(errors).toEqual([]);
	});
});

test.describe('typed markup stays text', () => {
	for (const id of TEMPLATES) {
		test(`${id}: the XSS string in every field shows literally and runs nothing`, async ({ page }) => {
			const dialogs: string[] = [];
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			await open(page, id);
			const inputs = page.locator('input:not([type=radio]):not([type=checkbox]):not([readonly])').filter({ has: page.locator('xpath=self::*[ancestor::*[contains(@class,"sms-template") or contains(@class,"template-form")]]') })
				// The calculator's inputs for other loan choices are in the markup, hidden.
				.filter({ visible: true });
			const n = await inputs.count();
			expect(n).toBeGreaterThan(1);
			for (let i = 0; i < n; i++) await inputs.nth(i).fill(XSS);
			await page.locator('h1').click();
			await page.waitForTimeout(200);
			expect(dialogs).toEqual([]);
			expect(await page.locator('main img[src="x"]').count()).toBe(0);
			if (id.startsWith('sms-')) await expect(page.locator('[data-sms-text]')).toContainText(XSS);
			else for (const input of await page.locator('.paper input.blank').all()) await expect(input).toHaveValue(XSS);
			await page.reload();
			await expect(ready(page)).toBeVisible();
			expect(await page.locator('main img[src="x"]').count()).toBe(0);
			expect(dialogs).toEqual([]);
		});
	}
});

test.describe('printing on A4', () => {
	const fills: Record<string, Record<string, string>> = {
		'signing-notice': { 置业顾问姓名: '王芳', 置业顾问联系电话: '13800138000', '已婚者其他材料（第 7 项）': '购房发票复印件' },
		'owner-record': Object.fromEntries(
			['主产权人', '共有人1', '共有人2']
				.flatMap((w) => [
					[`${w}姓名`, '欧阳明月'],
					[`${w}国籍`, '中国'],
					[`${w}证件号码（身份证、港澳台证件或护照）`, '11010519491231002X'],
					[`${w}通讯地址（省级行政区全称）`, '广东省'],
					[`${w}通讯地址（省以下）`, '广州市天河区天河路一百二十三号华景花园八栋二单元一千二百零一室'],
					[`${w}邮编`, '510000'],
					[`${w}手机（一）`, '13800138000'],
					[`${w}手机（二）`, '13900139000'],
					[`${w}座机区号`, '020'],
					[`${w}座机号码`, '87654321'],
				])
				.concat([
					['住宅受理号（房管局）', 'GZ2025-0001234'],
					['房号', '3-1-1201'],
					['区号', 'B'],
					['公司名称（以公司名义购买时填写）', '某某置业有限公司（示例）'],
				]),
		),
		'purchase-commitment': {
			'承诺人（客户）姓名': '欧阳明月',
			'定房日期：年': '2025',
			'定房日期：月': '5',
			'定房日期：日': '20',
			房号: '3-1-1201',
			'土地使用年限（年）': '70',
			车位: '无',
			'已婚者其他材料（第 7 项）': '无',
			'未婚或离异者其他材料（第 7 项）': '无',
			'面积（平方米）': '89.56',
			'总价（签约价，元）': '1000000',
			'首付款（元）': '300000',
			'贷款年限（年）': '25',
		},
	};
	for (const id of FORMS) {
		test(`${id} prints blank and filled within ${pageLimit(id)} A4 page(s)`, async ({ page }) => {
			await open(page, id);
			const blank = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			const paper = page.locator('.paper');
			for (const [label, value] of Object.entries(fills[id] ?? {})) await paper.getByLabel(label, { exact: true }).first().fill(value);
			if (id === 'owner-record') await paper.getByLabel('房屋', { exact: true }).check();
			if (id === 'purchase-commitment') {
				await page.locator('.loan-panel').getByLabel('直接填写利率').check();
				await page.locator('.loan-panel').getByLabel('商业贷款年利率（%）').fill('3.1');
				await expect(paper.locator('[data-field="月供"]')).toHaveText('3,356.00 元（等额本息）');
			}
			const filled = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			const counts = [pdfPages(blank), pdfPages(filled)];
			test.info().annotations.push({ type: 'pdf pages (blank, filled)', description: counts.join(', ') });
			expect(counts[0]).toBeGreaterThanOrEqual(1);
			expect(counts[0]).toBeLessThanOrEqual(pageLimit(id));
			expect(counts[1]).toBeGreaterThanOrEqual(1);
			expect(counts[1]).toBeLessThanOrEqual(pageLimit(id));
		});
	}

	test('prints only the paper: no site header, sidebar, tools or check messages', async ({ page }) => {
		await open(page, 'owner-record');
		await page.locator('.paper').getByLabel('主产权人邮编').fill('1');
		await page.locator('.paper').getByLabel('主产权人邮编').blur();
		await page.emulateMedia({ media: 'print' });
		for (const sel of ['header.header', 'h1', '.buyer-bar', '.print-actions', '.field-error', '.template-intro']) await expect(page.locator(sel).first()).toBeHidden();
		await expect(page.locator('.paper-title')).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const id of FORMS) {
		test(`${id} shows its blank form and prints it`, async ({ page }) => {
			await page.goto(`/templates/${id}/`);
			await expect(page.locator('.paper')).toBeVisible();
			await expect(page.locator('.paper input.blank').first()).toBeVisible();
			await expect(page.locator('.noscript-note')).toBeVisible();
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
			expect(pdfPages(pdf)).toBeLessThanOrEqual(pageLimit(id));
		});
	}
	test('an SMS page still shows the message with its variables', async ({ page }) => {
		await page.goto('/templates/sms-visit-thanks/');
		await expect(page.locator('[data-sms-text]')).toContainText('{客户姓名}您好');
	});
});
