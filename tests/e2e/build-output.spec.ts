/** Checks on the built files themselves (no browser needed). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './site.ts';

function files(dir: string, ext: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
	);
}

test('no built JavaScript contains Mermaid', () => {
	const js = files(DIST, '.js').concat(files(DIST, '.mjs'));
	expect(js.length).toBeGreaterThan(0);
	const offenders = js.filter((f) => /mermaid/i.test(readFileSync(f, 'utf8')));
	expect(offenders).toEqual([]);
	// Mermaid's smallest build is hundreds of kB: none of our own scripts is anywhere near.
	const own = js.filter((f) => f.includes('/_astro/'));
	expect(Math.max(...own.map((f) => statSync(f).size))).toBeLessThan(150_000);
});
