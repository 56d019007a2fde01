import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { brokenLinks, pageRefs } from '../../tools/link-check.ts';
import { elementCount, gzipBytes, htmlOverBudget, inlineScriptBytes, jsTotal, mermaidMarkers, moduleScripts, staticClosure, staticImports, transferBytes } from '../../tools/budget.ts';
import { buildVersion, CACHE_PREFIX, cachePrefix, fileUrl, formatMegabytes, precacheUrls, serviceWorkerSource, shellUrls, totalBytes } from '../../src/features/offline/precache.ts';
import { inlineScriptBodies, scriptHash, siteCsp } from '../../src/site/csp.ts';
import { hoistIslandStyle, ISLAND_STYLE } from '../../src/features/offline/island-style.ts';
import { compactPathData, stadiumOf } from '../../src/features/flowcharts/path-data.ts';

describe('link check', () => {
	const page = (url: string, html: string) => pageRefs(url, html);
	const files = new Set(['/favicon.svg']);
	const exists = (p: string) => files.has(p);

	test('accepts links to built pages, existing anchors and files', () => {
		const pages = [page('/', '<a href="/a/#x">a</a><link rel="icon" href="/favicon.svg"><a href="#top" id="top">t</a>'), page('/a/', '<h2 id="x">x</h2><a href="../">home</a>')];
		expect(brokenLinks(pages, exists)).toEqual([]);
	});

	test('reports a missing page, a missing anchor, a missing file and a missing trailing slash', () => {
		const pages = [page('/', '<a href="/nope/">1</a><a href="/a/#y">2</a><img src="/x.png" alt=""><a href="/a">4</a>'), page('/a/', '<h2 id="x">x</h2>')];
		expect(brokenLinks(pages, exists).map((b) => [b.href, b.reason])).toEqual([
			['/nope/', '页面或文件不存在'],
			['/a/#y', '目标页面没有 id="y"'],
			['/x.png', '页面或文件不存在'],
			['/a', '缺少结尾的 /'],
		]);
	});

	test('decodes Chinese anchors and ignores other origins and schemes', () => {
		const pages = [page('/', '<a href="/g/#term-%E6%8C%89%E6%8F%AD">按揭</a><a href="https://example.com/x">x</a><a href="mailto:a@b.c">m</a>'), page('/g/', '<h2 id="term-按揭">按揭</h2>')];
		expect(brokenLinks(pages, exists)).toEqual([]);
	});

	test('follows links inside inline SVG', () => {
		const pages = [page('/', '<svg><a href="#stage-1"><text>1</text></a></svg>')];
		expect(brokenLinks(pages, exists).map((b) => b.href)).toEqual(['#stage-1']);
	});

	test('maps built files to URLs', () => {
		expect([fileUrl('index.html'), fileUrl('a/b/index.html'), fileUrl('404.html'), fileUrl('a\\b.js', '/sales/')]).toEqual(['/', '/a/b/', '/404.html', '/sales/a/b.js']);
	});
});

describe('budget', () => {
	test('counts text at its gzip size and already-compressed data at its own size', () => {
		expect(gzipBytes('a'.repeat(10_000))).toBeLessThan(100);
		const text = Buffer.from('销售流程手册'.repeat(500));
		expect(transferBytes(text)).toBe(gzipBytes(text));
		expect(transferBytes(text)).toBeLessThan(text.length / 10);
		const compressed = new Uint8Array(require('node:zlib').gzipSync(text));
		expect(gzipBytes(compressed)).toBeGreaterThan(compressed.length);
		expect(transferBytes(compressed)).toBe(compressed.length);
	});

	test('finds the Mermaid library and unrendered diagrams but not build-time SVG output', () => {
		expect(mermaidMarkers('var x={mermaidAPI:1}')).toHaveLength(1);
		expect(mermaidMarkers('<pre class="mermaid">flowchart TD</pre>')).toHaveLength(1);
		expect(mermaidMarkers('<svg aria-roledescription="flowchart-v2" class="flowchart-svg"><g class="node"></g></svg>')).toEqual([]);
	});

	test('lists pages over the HTML budget', () => {
		expect(htmlOverBudget([{ url: '/a/', htmlGzip: 100_000 }, { url: '/b/', htmlGzip: 100_001 }])).toHaveLength(1);
	});

	test('counts a JS file once even if it was fetched twice', () => {
		expect(jsTotal([{ url: '/a.js', bytes: 5 }, { url: '/a.js', bytes: 5 }, { url: '/b.js', bytes: 7 }]).total).toBe(12);
	});
});

describe('service worker precache', () => {
	test('precaches pages by their URL and skips sitemaps and the worker itself', () => {
		expect(precacheUrls(['index.html', 'a/index.html', '_astro/x.js', 'sw.js', 'sitemap-0.xml', '404.html'])).toEqual(['/', '/404.html', '/_astro/x.js', '/a/']);
		expect(fileUrl('pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
	});

	test('the version changes when any precached file changes, and not for file order', () => {
		const a = [{ path: 'index.html', bytes: 'one' }, { path: '_astro/x.js', bytes: 'x' }];
		expect(buildVersion(a)).toBe(buildVersion([...a].reverse()));
		expect(buildVersion(a)).not.toBe(buildVersion([{ path: 'index.html', bytes: 'two' }, a[1]!]));
		expect(buildVersion(a)).toBe(buildVersion([...a, { path: 'sw.js', bytes: 'old worker' }]));
	});

	test('the worker names its cache after the version and deletes older caches of the site', () => {
		const template = readFileSync(new URL('../../src/features/offline/sw-template.js', import.meta.url), 'utf8');
		const sw = serviceWorkerSource(template, { version: 'abc', base: '/sales/', shell: ['/sales/_astro/x.js'], all: ['/sales/', '/sales/a/'], allBytes: 1234 });
		expect(sw).toContain(`const CACHE = "${CACHE_PREFIX}sales-abc";`);
		expect(sw).toContain('const BASE = "/sales/";');
		expect(sw).toContain('const SHELL = ["/sales/_astro/x.js"];');
		expect(sw).toContain('const ALL = ["/sales/","/sales/a/"];');
		expect(sw).toContain('const ALL_BYTES = 1234;');
		expect(sw).toMatch(/k\.startsWith\(PREFIX\) && k !== CACHE && k !== CACHE_ALL/);
		expect(sw).not.toMatch(/__[A-Z_]+__/);
	});

	test('a first visit stores the scripts, styles and 404 page only; the size is announced in MB', () => {
		const paths = ['index.html', 'a/index.html', '404.html', '_astro/x.js', '_astro/y.css', 'pagefind/p.js', '_astro/x.js.gz'];
		expect(shellUrls(paths, '/s/')).toEqual(['/s/404.html', '/s/_astro/x.js', '/s/_astro/y.css']);
		expect(totalBytes([{ path: 'a.html', bytes: 'x'.repeat(10) }, { path: 'a.html.gz', bytes: 'x'.repeat(5) }, { path: 'sw.js', bytes: 'x' }])).toBe(10);
		expect([formatMegabytes(3_349_000), formatMegabytes(812), formatMegabytes(12_050_000)]).toEqual(['约 3.3 MB', '约 0.1 MB', '约 12.1 MB']);
		expect(cachePrefix('/')).toBe(CACHE_PREFIX);
		expect(cachePrefix('/a/b c/')).toBe(`${CACHE_PREFIX}a_b_c-`);
	});
});

describe('CSP', () => {
	test('hashes only is:inline scripts without src, exactly as written', () => {
		const src = '<script is:inline>\n\tfoo();\n</script><script>bundled()</script><script is:inline src="/x.js"></script>';
		expect(inlineScriptBodies(src)).toEqual(['\n\tfoo();\n']);
		expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
	});

	test('allows no inline scripts beyond hashes, and hashes every Starlight inline script', () => {
		const csp = siteCsp(process.cwd());
		expect(csp.scriptDirective.resources).not.toContain("'unsafe-inline'");
		expect(csp.scriptDirective.resources).not.toContain("'unsafe-eval'");
		const theme = readFileSync('node_modules/@astrojs/starlight/dist/components/ThemeProvider.astro', 'utf8');
		for (const body of inlineScriptBodies(theme)) expect(csp.scriptDirective.hashes).toContain(scriptHash(body));
		expect(csp.scriptDirective.hashes.length).toBeGreaterThanOrEqual(4);
	});
});

describe('valid HTML fix-ups', () => {
	test("Astro's island style is the one we move", () => {
		const astro = readFileSync('node_modules/astro/dist/runtime/server/astro-island-styles.js', 'utf8');
		expect(ISLAND_STYLE).toBe(`<style>${/"([^"]+)"/.exec(astro)![1]}</style>`);
	});

	test('moves the island style from the body into the head, once', () => {
		const html = `<html><head><title>t</title></head><body><p>x</p>${ISLAND_STYLE}<astro-island></astro-island>${ISLAND_STYLE}</body></html>`;
		expect(hoistIslandStyle(html)).toBe(`<html><head><title>t</title>${ISLAND_STYLE}</head><body><p>x</p><astro-island></astro-island></body></html>`);
		expect(hoistIslandStyle('<html><head></head><body></body></html>')).toBe('<html><head></head><body></body></html>');
	});

	test('flowchart path data keeps its shape at 0.1 px and loses empty segments', () => {
		expect(compactPathData('M-77.12995302875076 -26.799999237060547 C1.04 2, 3 4, 5.55 6 M1 2 C1 2, 1 2, 1 2')).toBe('M-77.1 -26.8 C1 2, 3 4, 5.6 6');
		expect(compactPathData('M0 0 L1e-7 -0.04')).toBe('M0 0 L0 0');
	});

	test('a path that traces a stadium is recognised with its box; other shapes are not', () => {
		// A stadium 100 × 40 centred on 0,0 as rough.js draws it: straight edges, ends in small curves.
		const end = (cx: number, from: number, to: number) =>
			Array.from({ length: 12 }, (_, i) => {
				const a = from + ((to - from) * (i + 1)) / 12;
				const p = (t: number) => `${(cx + 20 * Math.cos(t)).toFixed(2)} ${(20 * Math.sin(t)).toFixed(2)}`;
				return `C${p(a - (to - from) / 36)}, ${p(a - (to - from) / 72)}, ${p(a)}`;
			}).join(' ');
		const d = `M-30 -20 C0 -20, 10 -20, 30 -20 ${end(30, -Math.PI / 2, Math.PI / 2)} C10 20, -10 20, -30 20 ${end(-30, Math.PI / 2, (3 * Math.PI) / 2)}`;
		expect(stadiumOf(d)).toEqual({ x: -50, y: -20, width: 100, height: 40 });
		// The same outline drawn twice as separate strokes (rough.js's outline path) is the same stadium.
		expect(stadiumOf(`${d} M-30 -20 C0 -20, 10 -20, 30 -20`)).toEqual({ x: -50, y: -20, width: 100, height: 40 });
		expect(stadiumOf('M-50 -20 C0 -20, 0 -20, 50 -20 C50 0, 50 0, 50 20 C0 20, 0 20, -50 20 C-50 0, -50 0, -50 -20'), 'a rectangle').toBeUndefined();
		expect(stadiumOf('M0 -20 C10 -20, 20 -10, 20 0 C20 10, 10 20, 0 20 C-10 20, -20 10, -20 0 C-20 -10, -10 -20, 0 -20 L0 0'), 'a point inside').toBeUndefined();
		expect(stadiumOf('M0 0 A5 5 0 0 1 10 0 C1 1, 2 2, 3 3 C1 1, 2 2, 3 3 C1 1, 2 2, 3 3'), 'an arc command').toBeUndefined();
	});
});

describe('page JS and DOM: import graph, inline scripts, elements', () => {
	test('finds static imports and re-exports, not dynamic import()', () => {
		const code = 'import{a as b}from"./store.X1.js";import"./side.js";export{c}from"../up/c.js";const p=()=>import("./lazy.js");import * as ns from \'./ns.js\';';
		expect(staticImports(code)).toEqual(['./store.X1.js', './side.js', '../up/c.js', './ns.js']);
	});

	test('follows imports transitively, once each, resolving paths against the importer', () => {
		const files: Record<string, string> = {
			'_astro/A.js': 'import"./b.js";import"./c.js";',
			'_astro/b.js': 'import"./c.js";import"../shared/d.js";',
			'_astro/c.js': 'import"./b.js";', // a cycle
			'shared/d.js': 'const x=()=>import("../_astro/never.js");',
		};
		expect(staticClosure(['_astro/A.js'], (f) => files[f]!).sort()).toEqual(['_astro/A.js', '_astro/b.js', '_astro/c.js', 'shared/d.js']);
	});

	test('finds the module scripts a page loads, each once', () => {
		const html = '<script type="module" src="/_astro/a.js"></script><script src="/x.js"></script><script type="module">inline()</script><script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>';
		expect(moduleScripts(html)).toEqual(['/_astro/a.js', '/_astro/b.js']);
	});
	test('counts the inline scripts a page carries by their share of the compressed page', () => {
		const bare = '<!doctype html><html><body><p>销售流程</p><script type="application/json">{"a":1}</script></body></html>';
		expect(inlineScriptBytes(bare)).toBe(0);
		const withScript = bare.replace('</body>', '<script>document.documentElement.dataset.theme = localStorage.getItem("t") ?? "dark";</script></body>');
		expect(inlineScriptBytes(withScript)).toBeGreaterThan(40);
	});
	test('counts the elements a page has before its scripts run', () => {
		expect(elementCount('<p>a<b>b</b></p>')).toBe(5); // p, b + html, head, body
		expect(elementCount('<!doctype html><html><head><script>if (a<b) x()</script><style>a<b{}</style></head><body><!-- <p> --><template><i></i></template><noscript><p>x</p></noscript><ul><li>1</li></ul></body></html>')).toBe(9); // html head script style body template noscript ul li
	});
});
