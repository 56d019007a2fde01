/**
 * Measures what a page costs in a real browser: the JS it loads before any interaction (load,
 * scroll to the bottom so `client:visible` islands load, wait for the network to go idle and
 * for idle callbacks), scripts written into the page included, and the bytes a first full-text
 * search fetches. Used by the e2e budget test
 * and by `npm run bench`. Service workers should be blocked in the measuring context, so that the
 * background precache of a first visit is not mistaken for page JS.
 */
import type { Page, Response } from 'playwright-core';
import { gzipBytes, inlineScriptBytes, jsTotal, transferBytes, type JsResponse } from './budget.ts';

function isJs(response: Response): boolean {
	const type = response.request().resourceType();
	return type === 'script' || /\.m?js$/.test(new URL(response.url()).pathname);
}

async function settle(page: Page) {
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(() => resolve(null), { timeout: 2000 })));
	await page.waitForLoadState('networkidle');
}

/** Scrolls through the whole page so lazily hydrated islands come into view. */
async function scrollThrough(page: Page) {
	await page.evaluate(async () => {
		for (let y = 0; y <= document.documentElement.scrollHeight; y += Math.max(200, innerHeight / 2)) {
			scrollTo(0, y);
			await new Promise((r) => setTimeout(r, 30));
		}
		scrollTo(0, document.documentElement.scrollHeight);
	});
}

/**
 * gzip bytes of the JS of `url` before any interaction: every JS response, largest first, and the
 * inline scripts of the page (listed as "(inline)").
 */
export async function jsBeforeInteraction(page: Page, url: string): Promise<{ total: number; files: JsResponse[] }> {
	const pending: Array<Promise<JsResponse | null>> = [];
	const onResponse = (response: Response) => {
		if (!isJs(response)) return;
		pending.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, bytes: gzipBytes(body) }), () => null));
	};
	page.on('response', onResponse);
	let html = '';
	try {
		const response = await page.goto(url, { waitUntil: 'load' });
		html = (await response?.text()) ?? '';
		await settle(page);
		await scrollThrough(page);
		await settle(page);
	} finally {
		page.off('response', onResponse);
	}
	const inline: JsResponse = { url: '(inline)', bytes: inlineScriptBytes(html) };
	return jsTotal([...(await Promise.all(pending)).filter((r): r is JsResponse => r !== null), inline]);
}

/**
 * Bytes (as a server compressing where it helps would send them) fetched by a first full-text
 * search for `query` on an already loaded page: through the site's search button when there is
 * one, otherwise through Pagefind's API. Returns the bytes and which way was used.
 */
export async function firstSearchBytes(page: Page, query: string): Promise<{ bytes: number; requests: number; via: string }> {
	const pending: Array<Promise<number>> = [];
	const onResponse = (response: Response) => {
		pending.push(response.body().then((body) => transferBytes(body), () => 0));
	};
	page.on('response', onResponse);
	let via = 'Pagefind API';
	try {
		const button = page.locator('[data-open-search]').first();
		if (await button.count()) {
			via = '搜索全文按钮';
			await button.click();
			const input = page.locator('#search-dialog input[type="search"], #search-dialog input').first();
			await input.fill(query);
			await page.locator('#search-dialog .pagefind-ui__result').first().waitFor({ timeout: 20_000 });
		} else {
			await page.evaluate(async (q) => {
				const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
				const search = await pagefind.search(q);
				await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
			}, query);
		}
		await settle(page);
	} finally {
		page.off('response', onResponse);
	}
	const sizes = await Promise.all(pending);
	return { bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length, via };
}
