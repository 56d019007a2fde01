/**
 * Issue 9 in the browser: features working under the Content Security Policy (every page's own
 * load is checked in pages.spec.ts), offline reading through the service worker, and reading and
 * printing with JavaScript off. What a page must show is derived from the content through the
 * site's own model, so a page that loses a stage, a task, a gate or a slide fails here.
 */
import { expect, test } from '@playwright/test';
import { pdfPages, watchCsp } from './site.ts';
import { contentPlaybooks, contentTemplates } from '../../tools/content.ts';
import { flowchartTitle } from '../../src/features/flowcharts/page.ts';

const playbooks = contentPlaybooks();
const first = playbooks[0]!;
const templates = contentTemplates();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('Content Security Policy', () => {
	test('full-text search works under the policy', async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto(first.href);
		await page.locator('[data-open-search]').click();
		await page.locator('#search-dialog input').first().fill('签约');
		await expect(page.locator('#search-dialog .pagefind-ui__result').first()).toBeVisible({ timeout: 20_000 });
		expect(violations).toEqual([]);
	});

	test('the checklist works under the policy', async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto(first.href);
		const box = page.locator('.cl[data-ready] input[type="checkbox"]').first();
		await box.scrollIntoViewIfNeeded();
		await box.check();
		await expect(box).toBeChecked();
		expect(violations).toEqual([]);
	});

	test('presentation mode works under the policy', async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto(first.deckHref);
		await page.locator('html[data-deck-ready]').waitFor();
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/#overview/);
		expect(violations).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const pb of playbooks)
		test(`${pb.href} shows every stage of the content with its tasks, gate and flowchart, links its deck, and prints them`, async ({ page }) => {
			await page.goto(pb.href);
			await expect(page.locator('h1')).toHaveText(pb.title);
			await expect(page.getByRole('checkbox')).toHaveCount(0);
			await expect(page.locator('.runbar-static')).toBeVisible();
			const deck = page.getByRole('link', { name: '演示', exact: true });
			await expect(deck).toHaveCount(1);
			await expect(deck).toHaveAttribute('href', pb.deckHref);
			const sections = page.locator('section.stages');
			await expect(sections).toHaveCount(pb.sections.length);
			for (const [i, section] of pb.sections.entries()) {
				const el = sections.nth(i);
				if (section.flow) await expect(el).toHaveAttribute('data-flow', section.flow);
				const svg = el.locator('figure.flowchart svg');
				await expect(svg).toHaveCount(1);
				await expect(svg.locator('title')).toHaveText(flowchartTitle(pb.title, section.flow ? section.title : undefined));
				await expect(el.locator('article.stage h3')).toHaveText(section.stages.map((s) => new RegExp(`^${escape(s.ordinal)}\\s*${escape(s.title)}`)));
				for (const stage of section.stages) {
					await expect(svg).toContainText(stage.title);
					const article = el.locator(`article.stage[data-stage="${stage.id}"]`);
					await expect(article.locator('ul.checklist > li')).toHaveText(stage.tasks.map((t) => new RegExp(`^${escape(t.text)}`)));
					if (stage.gate) await expect(article.locator('.stage-gate')).toContainText(stage.gate.question);
					if (stage.caution) await expect(article.locator('.stage-caution:not(.stage-compliance)')).toContainText(stage.caution);
					for (const note of stage.compliance) await expect(article.locator('.stage-compliance')).toContainText(note);
				}
			}
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('figure.flowchart svg').first()).toBeVisible();
			await expect(page.locator('article.stage h3').last()).toBeVisible();
			await expect(page.locator('article.stage ul.checklist > li').last()).toBeVisible();
		});

	for (const pb of playbooks)
		test(`${pb.printHref} lists every task blank and prints on one A4 page${pb.flows.length > 1 ? ' per flow at most' : ''}`, async ({ page }) => {
			await page.goto(pb.printHref);
			await expect(page.locator('h1').first()).toContainText(pb.title);
			const tasks = page.locator('[data-task]');
			await expect(tasks).toHaveCount(pb.taskCount);
			expect(await tasks.evaluateAll((els) => els.map((e) => e.getAttribute('data-task')))).toEqual(pb.stages.flatMap((s) => s.taskKeys));
			await expect(page.locator('[data-task] .pc-box').filter({ hasNotText: '☐' })).toHaveCount(0);
			await page.emulateMedia({ media: 'print' });
			const pages = pdfPages(await page.pdf({ format: 'A4' }));
			expect(pages).toBeGreaterThanOrEqual(1);
			expect(pages).toBeLessThanOrEqual(Math.max(1, pb.flows.length));
		});
});
