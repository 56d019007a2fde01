/**
 * Every built page, visited once: no console error, no CSP violation, playbook pages within the
 * JS budget (desktop width); then at 375 px, axe (WCAG 2.2 AA, light theme), no horizontal scroll
 * and every control of ours at least 44 px tall (site.ts smallControls).
 * Then axe in the dark theme (and the light desktop layout where the phone layout hides parts),
 * once per kind of page, in the states where each kind shows more (messages, feedback, slides).
 */
import { expect, test, type Page } from '@playwright/test';
import { axeProblems, builtPages, horizontalOverflow, PLAYBOOK_PAGE, smallControls, TOUCH_TARGET, useTheme, watchCsp, watchErrors, axeOn } from './site.ts';
import { contentPlaybooks, contentTemplates } from '../../tools/content.ts';
import { jsBeforeInteraction } from '../../tools/page-weight.ts';
import { elementCount, PLAYBOOK_JS_BUDGET } from '../../tools/budget.ts';
import { buildSlides } from '../../src/features/deck/deck.ts';
import { resolvePaper } from '../../src/model/templates.ts';

// One visit does what four did, and axe on a long page is slow on a busy machine.
test.describe.configure({ timeout: 180_000 });

async function axe(page: Page): Promise<string[]> {
	return axeProblems((await axeOn(page).analyze()).violations);
}

for (const path of builtPages())
	test(`${path} loads clean: no console error or CSP violation; at 375 px passes axe (light), has no horizontal scroll and ${TOUCH_TARGET} px controls`, async ({ page }) => {
		await useTheme(page, 'light');
		const errors = watchErrors(page);
		const csp = await watchCsp(page);
		if (PLAYBOOK_PAGE.test(path)) {
			// At the default desktop width, as the budget is defined: load, wait for the network, scroll
			// through and wait again. Only playbook pages have this budget.
			const { total, files } = await jsBeforeInteraction(page, path);
			expect.soft(total, `JS before interaction:\n${files.map((f) => `${f.bytes}\t${f.url}`).join('\n')}`).toBeLessThanOrEqual(PLAYBOOK_JS_BUDGET);
			// The server's markup is final: the page's scripts restored the checklist and the reading
			// mark into it (they are ready) without adding or removing a single element.
			await expect(page.locator('.runbar[data-ready]')).toHaveCount(1);
			await expect(page.locator('.read-mark[data-ready]')).toHaveCount(1);
			const served = elementCount(await (await page.request.get(path)).text());
			expect.soft(await page.evaluate(() => document.getElementsByTagName('*').length), 'elements after load = elements served').toBe(served);
		} else {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
		}
		// Then the phone layout, in the same visit.
		await page.setViewportSize({ width: 375, height: 800 });
		await page.evaluate(() => new Promise(requestAnimationFrame));
		expect.soft(await horizontalOverflow(page), 'px wider than the viewport').toBeLessThanOrEqual(0);
		expect.soft(await smallControls(page), `controls under ${TOUCH_TARGET} px tall at 375 px`).toEqual([]);
		expect.soft(await axe(page), 'axe (light, 375 px)').toEqual([]);
		expect.soft(csp, 'CSP violations').toEqual([]);
		expect(errors, 'console errors').toEqual([]);
	});

test.describe('axe in dark mode, once per kind of page (desktop width)', () => {
	const [pb] = contentPlaybooks();
	const templates = contentTemplates();
	const sms = templates.find((t) => t.data.kind === 'sms')!;
	const forms = templates.filter((t) => t.data.kind === 'form').map((t) => ({ id: t.id, fields: resolvePaper(t, templates).fields }));
	const form = forms.find((t) => t.fields.some((f) => f.format === 'mobile'))!;
	const mobile = form.fields.find((f) => f.format === 'mobile')!;

	/** Dark as the reader chose it (Starlight's theme) or as the system asks (stand-alone pages). */
	async function darkAxe(page: Page, path: string, prepare?: () => Promise<void>, standalone = false) {
		await useTheme(page, 'dark');
		await page.emulateMedia({ colorScheme: 'dark' });
		const errors = watchErrors(page);
		await page.goto(path);
		if (!standalone) await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.waitForLoadState('networkidle');
		await prepare?.();
		expect.soft(await axe(page), `axe (dark) ${path}`).toEqual([]);
		expect(errors).toEqual([]);
	}
	/** Switches the loaded page to the light theme, as the theme picker does, and runs axe again. */
	async function thenLight(page: Page) {
		await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
		expect(await axe(page), 'axe (light, desktop)').toEqual([]);
	}

	test('home', ({ page }) => darkAxe(page, '/'));
	test('playbook (with its read mark and checklists)', ({ page }) =>
		darkAxe(page, pb!.href, async () => {
			await expect(page.locator('.runbar[data-ready]')).toHaveCount(1);
			await expect(page.locator('.read-mark[data-ready]')).toHaveCount(1);
		}));
	// As loaded, not scrolled: stages off screen are not drawn yet (content-visibility: auto). axe
	// looks at them anyway, by position: a placeholder shorter than its stage put their links over
	// another stage's 合规提示 box (Lighthouse color-contrast 4.49:1, issue 15).
	test('the longest playbook as loaded on a phone, stages off screen not drawn yet, dark and light', async ({ page }) => {
		const longest = contentPlaybooks().reduce((a, b) => (b.text.length > a.text.length ? b : a));
		await page.setViewportSize({ width: 412, height: 823 }); // Lighthouse's phone
		await darkAxe(page, longest.href);
		await thenLight(page);
	});
	test('glossary, also light at desktop width (sidebar shown)', async ({ page }) => {
		await darkAxe(page, '/glossary/');
		await thenLight(page);
	});
	test('templates index', ({ page }) => darkAxe(page, '/templates/'));
	test('SMS template with its messages showing, dark and light', async ({ page }) => {
		await darkAxe(page, `/templates/${sms.id}/`, async () => {
			const first = page.locator('.sms-fields input').first();
			await first.fill('x');
			await first.fill('');
			await first.blur();
		});
		await thenLight(page);
	});
	test('form template with a field check message showing, dark and light', async ({ page }) => {
		await darkAxe(page, `/templates/${form.id}/`, async () => {
			const input = page.locator('.paper').getByLabel(mobile.label, { exact: true }).first();
			await input.fill('12');
			await input.blur();
			await expect(input).toHaveAttribute('aria-invalid', 'true');
		});
		await thenLight(page);
	});
	test('deck: every kind of slide, dark and light', async ({ page }) => {
		const kinds = [...new Map(buildSlides(pb!).map((s) => [s.kind, s.id])).values()];
		for (const theme of ['dark', 'light'] as const) {
			await useTheme(page, theme);
			await page.goto(pb!.deckHref);
			await page.locator('html[data-deck-ready]').waitFor();
			for (const id of kinds) {
				await page.evaluate((id) => (location.hash = id), id);
				await expect(page.locator(`#${id}`)).toHaveAttribute('data-active', '');
				expect.soft(await axe(page), `${theme} ${id}`).toEqual([]);
			}
		}
	});
	test('onboarding', ({ page }) => darkAxe(page, '/onboarding/'));
	test('completion record', ({ page }) => darkAxe(page, '/onboarding/record/', undefined, true));
	test('我的清单', ({ page }) => darkAxe(page, '/checklists/'));
	test('print sheet', ({ page }) => darkAxe(page, pb!.printHref, undefined, true));
});
