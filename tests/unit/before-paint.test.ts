import { describe, expect, it } from 'vitest';
import { BEFORE_PAINT_LOADER, renderBlockingScript } from '../../src/site/before-paint.ts';
import { STORAGE_KEY } from '../../src/features/store/shape.ts';

const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/_astro/page.A.js"></script></head><body>${body}</body></html>`;

/** Runs the loader against a fake document and storage; returns what it wrote. */
function runLoader(head: string, saved: string | null, throws = false): string[] {
	const written: string[] = [];
	const content = /<meta name="sales-playbook:before-paint" content="([^"]+)">/.exec(head)?.[1];
	const localStorage = {
		getItem: (k: string) => {
			if (throws) throw new DOMException('denied', 'SecurityError');
			return k === STORAGE_KEY ? saved : null;
		},
	};
	const document = { write: (s: string) => written.push(s), querySelector: (sel: string) => (sel === 'meta[name="sales-playbook:before-paint"]' ? { content } : null) };
	new Function('localStorage', 'document', BEFORE_PAINT_LOADER)(localStorage, document);
	return written;
}

describe('renderBlockingScript (render before the first paint, only with saved data)', () => {
	const html = page('<script type="module" src="/_astro/tools.B.js"></script><main><div data-runs="{}" data-before-paint><div class="runs"></div></div><script type="module" src="/_astro/runs.C.js"></script><h2>空白清单</h2><script type="module" src="/_astro/offline.D.js"></script></main>');
	const out = renderBlockingScript(html);
	const head = out.slice(0, out.indexOf('</head>'));

	it('puts a loader for the first module script after the mark into <head>, and leaves the page otherwise as it was', () => {
		expect(head).toContain('<meta name="sales-playbook:before-paint" content="/_astro/runs.C.js">');
		expect(head).toContain(`<script>${BEFORE_PAINT_LOADER}</script>`);
		expect(out.replace(`<meta name="sales-playbook:before-paint" content="/_astro/runs.C.js"><script>${BEFORE_PAINT_LOADER}</script>`, '')).toBe(html);
	});
	it('the loader writes the script render-blocking only when a saved document exists', () => {
		expect(runLoader(head, '{"version":2}')).toEqual(['<script type="module" blocking="render" src="/_astro/runs.C.js"></script>']);
		expect(runLoader(head, null)).toEqual([]);
		expect(runLoader(head, '{}', true)).toEqual([]);
	});
	it('leaves a page without the mark, or with no script after it, as it is', () => {
		const plain = page('<main><script type="module" src="/_astro/x.js"></script></main>');
		expect(renderBlockingScript(plain)).toBe(plain);
		const orphan = page('<script type="module" src="/_astro/x.js"></script><div data-before-paint></div>');
		expect(renderBlockingScript(orphan)).toBe(orphan);
	});
});
