/**
 * Content Security Policy for the static site. Astro's `security.csp` hashes the scripts it
 * bundles and hoists, but not `<script is:inline>` blocks: Starlight renders a few of those
 * (theme before first paint, sidebar state). Their bodies are emitted verbatim, so we hash them
 * from Starlight's component sources at config time instead of allowing 'unsafe-inline'. If
 * Starlight changes one, the hash follows; the e2e CSP test fails on any blocked script. The
 * before-paint loader (src/site/before-paint.ts) is a constant string hashed from its source.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BEFORE_PAINT_LOADER } from './before-paint.ts';

/** Starlight components that render `<script is:inline>` (checked against 0.42). */
export const STARLIGHT_INLINE_SCRIPT_COMPONENTS = ['ThemeProvider.astro', 'ThemeSelect.astro', 'SidebarPersister.astro', 'Search.astro'];

/** Bodies of the `<script is:inline>` blocks without `src` in an .astro source, exactly as emitted. */
export function inlineScriptBodies(astroSource: string): string[] {
	const bodies: string[] = [];
	for (const match of astroSource.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const attrs = match[1]!;
		if (/\bis:inline\b/.test(attrs) && !/\bsrc\s*=/.test(attrs)) bodies.push(match[2]!);
	}
	return bodies;
}

/** CSP source expression for a script body, e.g. `sha256-…`. */
export function scriptHash(body: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

/** Hashes of every inline script in these .astro files (missing files are skipped). */
export function inlineScriptHashes(files: string[]): Array<`sha256-${string}`> {
	const hashes = new Set<`sha256-${string}`>();
	for (const file of files) {
		if (!existsSync(file)) continue;
		for (const body of inlineScriptBodies(readFileSync(file, 'utf8'))) hashes.add(scriptHash(body));
	}
	return [...hashes];
}


/** Our own components with `<script is:inline>`. */
export const OWN_INLINE_SCRIPT_COMPONENTS = ['src/site/overrides/ThemeProvider.astro'];

/**
 * The rest of the policy. Scripts: only our own files and hashed inline blocks; Pagefind compiles
 * its WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval'). Styles keep 'unsafe-inline':
 * the build-time flowchart SVGs carry their own `<style>` and the islands set style attributes;
 * the issue asks for no 'unsafe-inline' for scripts only.
 */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self' data:",
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Astro `security.csp` settings for this site (root: the project folder). */
export function siteCsp(root: string) {
	const starlight = join(root, 'node_modules/@astrojs/starlight/dist/components');
	const files = [...STARLIGHT_INLINE_SCRIPT_COMPONENTS.map((name) => join(starlight, name)), ...OWN_INLINE_SCRIPT_COMPONENTS.map((f) => join(root, f))];
	return {
		directives: [...CSP_DIRECTIVES],
		scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [...inlineScriptHashes(files), scriptHash(BEFORE_PAINT_LOADER)] },
		styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
	};
}
