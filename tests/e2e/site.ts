/** Helpers shared by the end-to-end tests. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const DIST = process.env.SALES_OUT_DIR ?? join(process.cwd(), 'dist');

/** Every built HTML page as a URL path, e.g. "/playbooks/key-account/". */
export function builtPages(dir = DIST): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name === 'pagefind' || entry.name === '_astro') continue;
			out.push(...builtPages(full));
		} else if (entry.name === 'index.html') out.push(`/${relative(DIST, dir)}/`.replace(/\/+/g, '/'));
	}
	return out.sort();
}

/** Built pages of one kind: playbook pages, decks, print sheets, template pages. */
export const pagesLike = (pattern: RegExp) => builtPages().filter((p) => pattern.test(p));
export const PLAYBOOK_PAGE = /^\/playbooks\/[^/]+\/$/;
export const DECK_PAGE = /^\/present\/[^/]+\/$/;
export const PRINT_SHEET = /^\/checklists\/[^/]+\/$/;

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

/** CSP violations of a page: the browser's console reports and the DOM events. */
export async function watchCsp(page: Page): Promise<string[]> {
	const seen: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to (execute|load|apply|compile|connect|create)/i.test(m.text())) seen.push(m.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
		});
	});
	return seen;
}

/** Sets Starlight's theme before the page loads. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
}

/** axe violations as readable lines (no exceptions: a violation is a bug to fix). */
export function axeProblems(violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>): string[] {
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The WCAG tags every axe run uses. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe with the WCAG 2.2 AA rules, on a page. */
export function axeOn(page: Page): AxeBuilder {
	return new AxeBuilder({ page }).withTags(WCAG_TAGS);
}

/** Number of pages in a PDF buffer. */
export function pdfPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** The page's document is no wider than its viewport. */
export async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** WCAG 2.5.5 target size on a phone: the height every control of ours has below 768 px. */
export const TOUCH_TARGET = 44;

/**
 * Visible controls shorter than TOUCH_TARGET px: buttons, button-like links (`a.btn`), selects,
 * text-like inputs and `[role=button]` in the page's main content, open dialogs, our header tools
 * (search, quick jump) and the tool bars of the stand-alone pages (deck, print sheets).
 * Left out, on purpose: Starlight's own header theme select and sidebar toggle (its components,
 * not in these containers), and the fill-in lines on a form's paper, which sit in the sentences
 * of the form (WCAG 2.5.8's inline exception: their height is the line's).
 */
export async function smallControls(page: Page): Promise<string[]> {
	return page.evaluate((min) => {
		const scopes = 'main, dialog[open], .site-tools, .deck-bar, .pc-toolbar';
		const controls = 'button, a.btn, select, [role="button"], input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="tel"], input[type="url"], input[type="number"], input[type="password"], input[type="date"]';
		const out: string[] = [];
		for (const scope of document.querySelectorAll(scopes))
			for (const el of scope.querySelectorAll<HTMLElement>(controls)) {
				if (el.closest('.paper')) continue;
				const box = el.getBoundingClientRect();
				if (!box.width || !box.height || getComputedStyle(el).visibility !== 'visible') continue;
				if (box.height + 0.5 < min) {
					const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
					out.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''} “${name}” ${box.height.toFixed(1)} px`);
				}
			}
		return [...new Set(out)];
	}, TOUCH_TARGET);
}
