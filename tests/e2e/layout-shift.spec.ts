/**
 * Enhance, don't replace (issue 15): a returning user's saved data (runs, course progress, a
 * buyer's values in a form and in an SMS) is restored into the server's markup without moving what is on screen. At
 * 375 px, the layout shifts of a load (none caused by input) add up to at most 0.02.
 */
import { expect, test } from '@playwright/test';
import { layoutShifts, watchLayoutShifts, withSavedData } from './saved-data.ts';
import { contentPlaybooks } from '../../tools/content.ts';

const MAX_SHIFT = 0.02;
const [pb] = contentPlaybooks();

test(`with saved data, the form, an SMS template, 我的清单, the course and a quiz load with layout shift ≤ ${MAX_SHIFT} at 375 px`, async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await withSavedData(page);
	await watchLayoutShifts(page);
	const ready = {
		'/templates/purchase-commitment/': async () => {
			await expect(page.locator('.paper').getByLabel('房号', { exact: true }).first()).toHaveValue('3-1201');
			await expect(page.locator('[data-commercial-rate]')).toHaveText('商业贷款年利率 = 2.75%');
		},
		'/templates/sms-visit-thanks/': () => expect(page.locator('.sms-template[data-ready]')).toContainText('【某某花园】张伟您好'),
		'/checklists/': () => expect(page.locator('.runs[data-ready] .run')).toHaveCount(3),
		'/onboarding/': () => expect(page.locator('.course[data-ready] .course-score').first()).toContainText('最好成绩 80%'),
		[pb!.quizHref]: () => expect(page.locator('.quiz[data-ready] .quiz-best')).toContainText('最好成绩 80%'),
	};
	const totals: Record<string, number> = {};
	for (const [path, restored] of Object.entries(ready)) {
		await page.goto(path);
		await restored();
		await page.waitForLoadState('networkidle');
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		const { total, shifts } = await layoutShifts(page);
		totals[path] = total;
		expect.soft(total, `${path}: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(MAX_SHIFT);
	}
	console.log('layout shift with saved data at 375 px:', totals);
});
