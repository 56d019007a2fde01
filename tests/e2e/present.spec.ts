/** Presentation mode: every deck (one per playbook of the content), in a real browser. */
import { expect, test, type Page } from '@playwright/test';
import { axeProblems, pdfPages, useTheme, watchErrors, axeOn } from './site.ts';
import { contentPlaybooks } from '../../tools/content.ts';
import { buildSlides } from '../../src/features/deck/deck.ts';

const playbooks = contentPlaybooks();
const decks = playbooks.map((pb) => pb.deckHref);
/** Ids of the deck's slides, in order. */
const slideIds = (page: Page) => page.locator('.slide').evaluateAll((s) => s.map((x) => x.id));
const activeId = (page: Page) => page.locator('.slide[data-active]').getAttribute('id');

/** Pixels of a PNG screenshot within a small distance of a CSS colour, counted in the page. */
async function colourPixels(page: Page, png: Buffer, colour: string): Promise<number> {
	const src = `data:image/png;base64,${png.toString('base64')}`;
	// In a fresh page: the deck's CSP allows data: images, and this runs with JavaScript off there.
	const scratch = await page.context().browser()!.newPage();
	try {
		return await scratch.evaluate(
			async ({ src, colour }) => {
				const img = new Image();
				img.src = src;
				await img.decode();
				const canvas = document.createElement('canvas');
				[canvas.width, canvas.height] = [img.width, img.height];
				const g = canvas.getContext('2d', { willReadFrequently: true })!;
				g.fillStyle = colour;
				g.fillRect(0, 0, 1, 1);
				const [r, gr, b] = g.getImageData(0, 0, 1, 1).data;
				g.drawImage(img, 0, 0);
				const px = g.getImageData(0, 0, img.width, img.height).data;
				let n = 0;
				for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - gr!) + Math.abs(px[i + 2]! - b!) < 24) n++;
				return n;
			},
			{ src, colour },
		);
	} finally {
		await scratch.close();
	}
}

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-deck-ready]').waitFor();
}

for (const pb of playbooks) {
	const path = pb.deckHref;
	const expected = buildSlides(pb).map((s) => s.id);
	test.describe(`deck ${path}`, () => {
		test('without JavaScript: a zh-CN page showing the slides of the content in order, each stage with its mini-map', async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
			expect(await slideIds(page)).toEqual(expected);
			for (const slide of await page.locator('.slide').all()) await expect(slide).toBeVisible();
			// Every stage slide carries a mini-map of its flow's overview drawing (<use>, no copy),
			// marked "here" for its own stage by the page's CSS.
			const css = (await page.locator('head style').allTextContents()).join('');
			for (const stage of pb.stages) {
				const map = page.locator(`#${stage.slideId} figure.mini-map`);
				await expect(map).toHaveCount(1);
				await expect(map).toHaveAttribute('data-here', stage.id);
				const target = (await map.locator('use').getAttribute('href'))!;
				await expect(page.locator(`.slide[data-kind="overview"] svg${target}`)).toHaveCount(1);
				await expect(page.locator(`svg${target} a.fc-stage[data-stage="${stage.id}"]`)).toHaveCount(1);
				expect(css).toContain(`.mini-map[data-here="${stage.id}"]`);
			}
			// SVG ids stay unique although every flowchart appears several times.
			const dupes = await page.evaluate(() => {
				const seen = new Map<string, number>();
				for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
				return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
			});
			expect(dupes).toEqual([]);
			await context.close();
		});

		test('walks the whole deck with the keyboard, and opens the slide in the URL hash, also after a reload', async ({ page }) => {
			const errors = watchErrors(page);
			await open(page, path);
			const ids = await slideIds(page);
			expect(ids).toEqual(expected);
			expect(await activeId(page)).toBe('title');
			const forward = ['ArrowRight', 'PageDown', 'Space'];
			for (let i = 1; i < ids.length; i++) {
				await page.keyboard.press(forward[i % forward.length]!);
				expect(await activeId(page)).toBe(ids[i]);
				await expect(page).toHaveURL(new RegExp(`#${ids[i]}$`));
			}
			await page.keyboard.press('ArrowRight');
			expect(await activeId(page)).toBe(ids.at(-1));
			const back = ['ArrowLeft', 'PageUp', 'Shift+Space'];
			for (let i = ids.length - 2; i >= 0; i--) {
				await page.keyboard.press(back[i % back.length]!);
				expect(await activeId(page)).toBe(ids[i]);
			}
			await page.keyboard.press('End');
			expect(await activeId(page)).toBe('end');
			await page.keyboard.press('Home');
			expect(await activeId(page)).toBe('title');
			// Number keys jump to a stage of the current flow (from the title: the first flow).
			const firstFlow = pb.sections[0]!.stages.map((s) => s.slideId);
			const digit = Math.min(2, firstFlow.length);
			await page.keyboard.press(String(digit));
			expect(await activeId(page)).toBe(firstFlow[digit - 1]);
			// The controls are reachable and usable from the keyboard too.
			await page.getByRole('button', { name: '下一页' }).focus();
			await page.keyboard.press('Enter');
			expect(ids.indexOf((await activeId(page))!)).toBe(ids.indexOf(firstFlow[digit - 1]!) + 1);

			// The hash opens its slide, also after a reload; an unknown one opens the title.
			const target = ids[Math.min(3, ids.length - 2)]!;
			await open(page, `${path}#${target}`);
			expect(await activeId(page)).toBe(target);
			await page.keyboard.press('ArrowRight');
			const next = await activeId(page);
			await page.reload();
			await page.locator('html[data-deck-ready]').waitFor();
			expect(await activeId(page)).toBe(next);
			await open(page, `${path}#no-such-slide`);
			expect(await activeId(page)).toBe('title');

			// Esc leads back to the playbook.
			await page.keyboard.press('Escape');
			await expect(page).toHaveURL(new RegExp(`${pb.href}$`));
			expect(errors).toEqual([]);
		});

		test('no slide overflows at 1280×720 or 1920×1080, and the handout prints one A4 landscape page per slide', async ({ page }) => {
			test.setTimeout(240_000);
			for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
				await page.setViewportSize({ width, height });
				await open(page, path);
				const problems: string[] = [];
				for (const id of expected) {
					await page.evaluate((id) => (location.hash = id), id);
					await expect(page.locator(`#${id}`)).toHaveAttribute('data-active', '');
					const m = await page.evaluate((id) => {
						const slide = document.getElementById(id)!;
						const body = slide.querySelector('.slide-body')!;
						const doc = document.documentElement;
						return {
							slide: [slide.scrollWidth, slide.clientWidth, slide.scrollHeight, slide.clientHeight],
							body: [body.scrollWidth, body.clientWidth, body.scrollHeight, body.clientHeight],
							page: [doc.scrollWidth, doc.clientWidth, doc.scrollHeight, doc.clientHeight],
							fit: Number(getComputedStyle(slide).getPropertyValue('--fit')),
						};
					}, id);
					for (const [what, [sw, cw, sh, ch]] of Object.entries({ slide: m.slide, body: m.body, page: m.page }) as Array<[string, number[]]>)
						if (sw! > cw! || sh! > ch!) problems.push(`${width}×${height} ${id} ${what}: ${sw}×${sh} in ${cw}×${ch}`);
					// Large type: shrinking to fit stops well above unreadable.
					if (m.fit < 0.6) problems.push(`${width}×${height} ${id}: text shrunk to ${m.fit}`);
				}
				expect.soft(problems).toEqual([]);
			}
			const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
			expect(pdfPages(pdf)).toBe(expected.length);
			// A4 landscape: 842 × 595 points.
			const [, w, h] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1')) ?? [];
			expect(Number(w)).toBeCloseTo(842, 0);
			expect(Number(h)).toBeCloseTo(595, 0);
		});
	});
}

test.describe('deck features', () => {
	const deck = decks[0]!;

	test('zooms and pans the overview flowchart with keys, buttons and the wheel', async ({ page }) => {
		await open(page, deck);
		await page.keyboard.press('ArrowRight');
		const content = page.locator('.slide[data-active] .zoom-content');
		const scale = () => content.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
		expect(await scale()).toBe(1);
		await page.keyboard.press('+');
		expect(await scale()).toBeCloseTo(1.25);
		await page.keyboard.press('-');
		expect(await scale()).toBeCloseTo(1);
		await page.getByRole('button', { name: '放大流程图' }).click();
		await page.getByRole('button', { name: '放大流程图' }).click();
		expect(await scale()).toBeCloseTo(1.5625);
		await page.keyboard.press('0');
		expect(await scale()).toBe(1);
		const box = (await page.locator('.slide[data-active] [data-zoom]').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, -300);
		await expect.poll(scale).toBeGreaterThan(1);
		// Drag pans once zoomed in.
		const before = await content.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).e);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 5 });
		await page.mouse.up();
		expect(await content.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).e)).not.toBe(before);
		expect(await activeId(page)).toMatch(/^overview/);
	});

	test('on a phone, upright and sideways, no control covers the flowchart or the slide’s text', async ({ page }) => {
		/** Pairs of boxes (controls × content) that overlap on the shown slide. */
		const overlaps = () =>
			page.evaluate(() => {
				const slide = document.querySelector('.slide[data-active]')!;
				const rect = (el: Element) => el.getBoundingClientRect();
				const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
				const controls = [...document.querySelectorAll('.deck-bar .btn, .deck-bar .deck-counter'), ...slide.querySelectorAll('.zoom-controls .btn')];
				const content = [...slide.querySelectorAll('.zoom-viewport, figcaption, .slide-head, .slide-body p, .slide-body li')];
				const found: string[] = [];
				for (const c of controls) for (const t of content) if (hit(rect(c), rect(t))) found.push(`${c.textContent?.trim()} × ${t.className || t.tagName}`);
				return found;
			});
		for (const [width, height] of [[375, 667], [667, 375]] as const) {
			await page.setViewportSize({ width, height });
			await open(page, deck);
			await page.keyboard.press('ArrowRight');
			expect(await activeId(page)).toMatch(/^overview/);
			expect(await overlaps(), `${width}×${height} overview`).toEqual([]);
			await page.keyboard.press('ArrowRight');
			expect(await overlaps(), `${width}×${height} first stage`).toEqual([]);
		}
	});

	test('follows a touch swipe to the next and previous slide', async ({ page }) => {
		await open(page, deck);
		const swipe = (dx: number) =>
			page.evaluate((dx) => {
				const el = document.querySelector('.slide[data-active] .slide-body')!;
				const ev = (type: string, x: number) =>
					el.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 300, bubbles: true, pointerId: 7 }));
				ev('pointerdown', 600);
				ev('pointerup', 600 + dx);
			}, dx);
		await swipe(-200);
		expect(await activeId(page)).toMatch(/^overview/);
		await swipe(200);
		expect(await activeId(page)).toBe('title');
	});

	test('shows speaker notes, the next slide and a timer in the presenter view', async ({ page }) => {
		await open(page, `${deck}#overview`);
		const panel = page.getByRole('complementary', { name: '演讲者视图' });
		await expect(panel).toBeHidden();
		await page.keyboard.press('p');
		await expect(panel).toBeVisible();
		await expect(page.getByRole('button', { name: '讲稿' })).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('ArrowRight');
		const notes = await page.locator('.slide[data-active] .slide-notes').textContent();
		await expect(panel.locator('[data-presenter-notes]')).toHaveText(notes?.trim() ? notes.trim() : '本页没有讲稿。');
		const nextLabel = await page.locator('.slide[data-active] + .slide').getAttribute('data-label');
		await expect(panel.locator('[data-presenter-next]')).toHaveText(nextLabel!);
		await expect(panel.locator('[data-presenter-timer]')).toHaveText(/^\d\d:\d\d:\d\d$/);
		const results = await axeOn(page).analyze();
		expect(axeProblems(results.violations)).toEqual([]);
		await page.keyboard.press('P');
		await expect(panel).toBeHidden();
	});

	test('shows the notes written in the content for a stage', async ({ page }) => {
		const stage = playbooks.flatMap((pb) => pb.stages.map((s) => ({ pb, s }))).find(({ s }) => s.notes)!;
		await open(page, `${stage.pb.deckHref}#${stage.s.slideId}`);
		await page.keyboard.press('p');
		await expect(page.locator('[data-presenter-notes]')).toHaveText(stage.s.notes!.trim());
	});

	test('keeps working offline once loaded', async ({ page, context }) => {
		await open(page, deck);
		await context.setOffline(true);
		const requests: string[] = [];
		// Chromium asks for the favicon again after history.replaceState; that is the browser's own.
		page.on('request', (r) => r.url().endsWith('/favicon.svg') || requests.push(r.url()));
		const count = (await slideIds(page)).length;
		for (let i = 1; i < count; i++) await page.keyboard.press('ArrowRight');
		await page.keyboard.press('p');
		await page.keyboard.press('Home');
		expect(await activeId(page)).toBe('title');
		expect(requests).toEqual([]);
	});

	test('follows the site theme and ignores an invalid stored one', async ({ page }) => {
		await useTheme(page, 'light');
		await open(page, deck);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		const light = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
		await page.addInitScript(() => localStorage.setItem('starlight-theme', 'purple'));
		await page.emulateMedia({ colorScheme: 'dark' });
		await open(page, deck);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(light);
	});

	test('marks the current stage on the mini-maps without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(deck);
		// The mini-maps draw, with the stage marked, without any script: count the marker colour.
		const current = await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--deck-current-bg').trim());
		const stageMap = page.locator('.slide[data-kind="stage"] figure.mini-map').first();
		const overview = page.locator('.slide[data-kind="overview"] figure.flowchart').first();
		expect(await colourPixels(page, await stageMap.screenshot(), current)).toBeGreaterThan(200);
		expect(await colourPixels(page, await overview.screenshot(), current)).toBe(0);
		await context.close();
	});
});
