/**
 * Size budgets (issue 9), in exact bytes: 1 kB = 1000 bytes, sizes are gzip level 9 of the bytes
 * as served. Pure: tools/check-dist.ts, the e2e budget test and `npm run bench` share it.
 */
import { gzipSync } from 'node:zlib';

/** Bytes a first visit stores for offline use (uncompressed, as the Cache API keeps them). */
export const FIRST_VISIT_BUDGET = 800_000;

/**
 * JS a playbook page loads before any interaction, gzip, counted after scrolling through the page,
 * with the scripts written into the page (issue 15). The checklist is server markup enhanced by one
 * small controller, with no framework on the page.
 */
export const PLAYBOOK_JS_BUDGET = 12_000;
/** Elements on the largest playbook page (real-estate, four flows) once its scripts have run (issue 15). */
export const PLAYBOOK_DOM_BUDGET = 1_500;
/** HTML of any single page, gzip. */
export const PAGE_HTML_BUDGET = 100_000;
/** The quick-jump palette's index (/palette-index.json), gzip (issue 6). */
export const PALETTE_INDEX_BUDGET = 40_000;
/** Mermaid library code shipped anywhere: none (diagrams are rendered at build time). */
export const MERMAID_BUDGET = 0;

/** gzip size of some bytes (level 9, deterministic). */
export function gzipBytes(data: Uint8Array | string): number {
	return gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).length;
}

/** Bytes over the wire for a file a server compresses where it helps (already-compressed files stay as they are). */
export function transferBytes(data: Uint8Array): number {
	return Math.min(data.length, gzipBytes(data));
}

/**
 * Signs of the Mermaid library or of diagrams left for the browser to render. The build-time
 * SVG output (aria-roledescription="flowchart-v2", class names) is not Mermaid code and does
 * not match.
 */
const MERMAID_MARKERS: RegExp[] = [/mermaidAPI/, /@mermaid-js\//, /\bmermaid\.(?:initialize|run|render|parse)\b/, /class="mermaid"/, /language-mermaid/, /```mermaid/];

/** The Mermaid markers found in a file's text. */
export function mermaidMarkers(text: string): string[] {
	return MERMAID_MARKERS.filter((re) => re.test(text)).map((re) => re.source);
}

/** A page's measured sizes. */
export interface PageSize {
	url: string;
	htmlGzip: number;
}

/** Human-readable budget failures for pages over the HTML budget. */
export function htmlOverBudget(pages: PageSize[], budget = PAGE_HTML_BUDGET): string[] {
	return pages.filter((p) => p.htmlGzip > budget).map((p) => `${p.url}：HTML ${p.htmlGzip} 字节 gzip，超过 ${budget}`);
}

/** One JS response seen by the browser. */
export interface JsResponse {
	url: string;
	bytes: number;
}

/** Total and per-file breakdown of JS responses, largest first. */
export function jsTotal(responses: JsResponse[]): { total: number; files: JsResponse[] } {
	const seen = new Map<string, number>();
	for (const r of responses) seen.set(r.url, r.bytes);
	const files = [...seen].map(([url, bytes]) => ({ url, bytes })).sort((a, b) => b.bytes - a.bytes);
	return { total: files.reduce((sum, f) => sum + f.bytes, 0), files };
}

/**
 * Relative modules a built ES chunk imports statically (`import … from"../src/lib/x.js"`, `import"../src/lib/x.js"`,
 * `export … from"../src/lib/x.js"`). Dynamic `import("../src/lib/x.js")` is left out: it loads on interaction.
 */
export function staticImports(code: string): string[] {
	const found = new Set<string>();
	const re = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;
	for (const m of code.matchAll(re)) found.add(m[1]!);
	return [...found];
}

/** Every chunk reachable from `entries` by static imports; paths are resolved against each importer. */
export function staticClosure(entries: string[], read: (path: string) => string): string[] {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length) {
		const file = queue.shift()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const dir = file.slice(0, file.lastIndexOf('/') + 1);
		for (const spec of staticImports(read(file))) queue.push(new URL(spec, `file:///${dir}`).pathname.slice(1));
	}
	return [...seen];
}

/** Inline scripts that run (not JSON data blocks): `<script>` or `<script type="module">` without `src`. */
const INLINE_SCRIPT = /(<script\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>)([\s\S]*?)(<\/script>)/g;

/**
 * What the scripts written into a page cost over the wire: the page's gzip size with them minus
 * without them (they travel compressed with the HTML, so this is their real share).
 */
export function inlineScriptBytes(html: string): number {
	return gzipBytes(html) - gzipBytes(html.replace(INLINE_SCRIPT, '$1$3'));
}

/** The `src` of every module script a page loads (`<script type="module" src="…">`), in order. */
export function moduleScripts(html: string): string[] {
	const urls: string[] = [];
	for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
		if (!/\btype="module"/.test(tag)) continue;
		const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
		if (src && !urls.includes(src)) urls.push(src);
	}
	return urls;
}

/**
 * Elements in a page's HTML, as the browser's DOM will have them before any script runs: every
 * start tag outside comments, scripts, styles, templates and noscript (which a browser running
 * scripts reads as text), plus the html, head and body the parser adds when they are not written.
 */
export function elementCount(html: string): number {
	const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style|template|noscript)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
	const tags = markup.match(/<[a-zA-Z][\w:-]*/g) ?? [];
	const implied = ['html', 'head', 'body'].filter((t) => !tags.some((x) => x.slice(1).toLowerCase() === t)).length;
	return tags.length + implied;
}
