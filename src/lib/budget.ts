/**
 * Size budgets (issue 9), in exact bytes: 1 kB = 1000 bytes, sizes are gzip level 9 of the bytes
 * as served. Pure: scripts/check-dist.ts, the e2e budget test and `npm run bench` share it.
 */
import { gzipSync } from 'node:zlib';

/** JS a playbook page loads before any interaction, gzip. */
export const PLAYBOOK_JS_BUDGET = 20_000;
/** HTML of any single page, gzip. */
export const PAGE_HTML_BUDGET = 100_000;
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
