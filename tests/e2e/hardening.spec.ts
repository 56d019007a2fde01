/**
 * Issue 9 in the browser: the JS budget of playbook pages, the Content Security Policy on every
 * page (and search, islands and presentation mode under it), offline reading through the service
 * worker, and reading and printing with JavaScript off.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages, pdfPages } from './site.ts';
import { jsBeforeInteraction } from '../../tools/page-weight.ts';
import { PLAYBOOK_JS_BUDGET } from '../../tools/budget.ts';

const pages = builtPages();
const playbooks = pages.filter((p) => /^\/playbooks\/[^/]+\/$/.test(p));
const firstPlaybook = playbooks.includes('/playbooks/key-account/') ? '/playbooks/key-account/' : playbooks[0]!;
const slug = firstPlaybook.split('/')[2]!;
const templatePages = pages.filter((p) => /^\/templates\/[^/]+\/$/.test(p));
const decks = pages.filter((p) => /^\/present\/[^/]+\/$/.test(p));

/** CSP violations of a page: the browser's console reports and the DOM events. */
function watchCsp(page: Page): string[] {
	const seen: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to (execute|load|apply|compile|connect|create)/i.test(m.text())) seen.push(m.text());
	});
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
		});
	});
	return seen;
}

test.describe('size budget', () => {
	test.use({ serviceWorkers: 'block' });
	for (const path of playbooks)
		test(`${path} loads at most ${PLAYBOOK_JS_BUDGET} bytes of gzip JS before any interaction`, async ({ page }) => {
			const { total, files } = await jsBeforeInteraction(page, path);
			const detail = files.map((f) => `${f.bytes}\t${f.url}`).join('\n');
			expect(total, `JS before interaction on ${path}:\n${detail}`).toBeLessThanOrEqual(PLAYBOOK_JS_BUDGET);
		});
});

test.describe('Content Security Policy', () => {
	for (const path of pages)
		test(`${path} has a strict script policy and no violation`, async ({ page }) => {
			const violations = watchCsp(page);
			await page.goto(path);
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			const scriptSrc = /script-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '';
			expect(scriptSrc).toContain("'self'");
			expect(scriptSrc).not.toContain("'unsafe-inline'");
			expect(scriptSrc).not.toMatch(/'unsafe-eval'|\*/);
			await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
			await page.waitForLoadState('networkidle');
			expect(violations).toEqual([]);
		});

	test('full-text search works under the policy', async ({ page }) => {
		const violations = watchCsp(page);
		await page.goto(firstPlaybook);
		const count = await page.evaluate(async () => {
			const pagefind = await import('/pagefind/pagefind.js' as string);
			const search = await pagefind.search('签约');
			return search.results.length as number;
		});
		expect(count).toBeGreaterThan(0);
		const button = page.locator('[data-open-search]').first();
		if (await button.count()) {
			await button.click();
			await page.locator('#search-dialog input').first().fill('签约');
			await expect(page.locator('#search-dialog .pagefind-ui__result').first()).toBeVisible({ timeout: 20_000 });
		}
		expect(violations).toEqual([]);
	});

	test('checklist islands work under the policy', async ({ page }) => {
		const violations = watchCsp(page);
		await page.goto(firstPlaybook);
		const box = page.locator('astro-island input[type="checkbox"]').first();
		await box.scrollIntoViewIfNeeded();
		await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
		await box.check();
		await expect(box).toBeChecked();
		expect(violations).toEqual([]);
	});

	test('presentation mode works under the policy', async ({ page }) => {
		test.skip(decks.length === 0, 'no deck built');
		const violations = watchCsp(page);
		await page.goto(decks[0]!);
		await page.locator('html[data-deck-ready]').waitFor();
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/#.+$/);
		expect(violations).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	const readable = [...playbooks, ...templatePages, ...decks, ...pages.filter((p) => /^\/checklists\/[^/]+\/$/.test(p))];
	for (const path of readable)
		test(`${path} reads and prints`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('h1').first()).toBeVisible();
			const text = (await page.locator('main, body').first().innerText()).trim();
			expect(text.length).toBeGreaterThan(80);
			if (path.startsWith('/playbooks/')) {
				await expect(page.locator('figure.flowchart svg').first()).toBeVisible();
				const stage = page.locator('[id] h3, section h3').first();
				await expect(stage).toBeVisible();
			}
			if (path.startsWith('/templates/') && (await page.locator('.form-paper, [class*="paper"]').count()))
				await expect(page.locator('.form-paper, [class*="paper"]').first()).toBeVisible();
			await page.emulateMedia({ media: 'print' });
			const pdf = await page.pdf({ format: 'A4', printBackground: true });
			expect(pdfPages(pdf)).toBeGreaterThan(0);
		});
});
