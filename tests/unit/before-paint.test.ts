import { describe, expect, it } from 'vitest';
import { renderBlockingScript } from '../../src/site/before-paint.ts';

const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/_astro/page.A.js"></script></head><body>${body}</body></html>`;

describe('renderBlockingScript (render before the first paint)', () => {
	it('moves the first module script after the mark into <head>, render-blocking', () => {
		const html = page('<script type="module" src="/_astro/tools.B.js"></script><main><div data-runs="{}" data-before-paint><div class="runs"></div></div><script type="module" src="/_astro/runs.C.js"></script><h2>空白清单</h2><script type="module" src="/_astro/offline.D.js"></script></main>');
		const out = renderBlockingScript(html);
		const head = out.slice(0, out.indexOf('</head>'));
		expect(head).toContain('<script type="module" src="/_astro/runs.C.js" blocking="render"></script>');
		expect(out.match(/runs\.C\.js/g)).toHaveLength(1);
		// Scripts before the mark and after the moved one stay where they were.
		expect(out.indexOf('tools.B.js')).toBeGreaterThan(out.indexOf('</head>'));
		expect(out.indexOf('offline.D.js')).toBeGreaterThan(out.indexOf('空白清单'));
		expect(out.indexOf('data-before-paint')).toBeGreaterThan(out.indexOf('</head>'));
	});
	it('leaves a page without the mark, or with no script after it, as it is', () => {
		const plain = page('<main><script type="module" src="/_astro/x.js"></script></main>');
		expect(renderBlockingScript(plain)).toBe(plain);
		const orphan = page('<script type="module" src="/_astro/x.js"></script><div data-before-paint></div>');
		expect(renderBlockingScript(orphan)).toBe(orphan);
	});
});
