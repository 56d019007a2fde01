/** Helpers shared by the end-to-end tests. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

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

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

/** Sets Starlight's theme before the page loads. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
}

/**
 * axe violations as readable lines. One known exception: Starlight's search button is named
 * "搜索" and also shows its keyboard shortcut (Ctrl K, announced via aria-keyshortcuts).
 * axe's experimental label-content-name-mismatch rule counts the shortcut hint as part of the
 * visible label; WCAG 2.5.3 asks only that the name contain the visible label text "搜索"
 * (https://www.w3.org/WAI/WCAG22/Understanding/label-in-name.html), which it does.
 */
export function axeProblems(violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>): string[] {
	return violations
		.map((v) => ({
			id: v.id,
			nodes: v.nodes.filter((n) => !(v.id === 'label-content-name-mismatch' && n.target.join(' ') === 'button[data-open-modal=""]')),
		}))
		.filter((v) => v.nodes.length > 0)
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The WCAG tags every axe run uses. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Number of pages in a PDF buffer. */
export function pdfPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
