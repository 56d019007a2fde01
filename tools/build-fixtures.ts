/**
 * Builds content fixtures with Astro's build() in this one process (Astro and Vite load once, not
 * once per fixture), each into its own temporary folder, and prints one JSON line per fixture:
 * whether the build failed and what it reported (the error, where it points, the error log).
 * Used by tests/e2e/build-failures.spec.ts. Usage: node tools/build-fixtures.ts <fixture>...
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'astro';

export interface FixtureBuild {
	fixture: string;
	failed: boolean;
	output: string;
}

const results: FixtureBuild[] = [];
for (const fixture of process.argv.slice(2)) {
	// Left for the OS to clean: Astro may still flush its data store after a failed build.
	const out = mkdtempSync(join(tmpdir(), 'sales-build-'));
	Object.assign(process.env, {
		ASTRO_TELEMETRY_DISABLED: '1',
		SALES_CONTENT_DIR: `./tests/fixtures/${fixture}`,
		SALES_OUT_DIR: join(out, 'dist'),
		SALES_CACHE_DIR: join(out, 'cache'),
		SALES_DIAGRAM_DIR: join(out, 'diagrams'),
	});
	const log: string[] = [];
	const write = process.stderr.write.bind(process.stderr);
	process.stderr.write = ((chunk: string | Uint8Array) => log.push(String(chunk)) > 0) as typeof process.stderr.write;
	let failed = false;
	try {
		await build({ root: process.cwd(), logLevel: 'error' });
	} catch (e) {
		failed = true;
		const err = e as Error & { loc?: { file?: string; line?: number } };
		log.unshift(`${err.message}\n${err.loc?.file ?? ''}${err.loc?.line ? `:${err.loc.line}` : ''}\n`);
	} finally {
		process.stderr.write = write;
	}
	results.push({ fixture, failed, output: log.join('') });
	console.log(JSON.stringify(results.at(-1)));
}
// A failed build can leave the diagram renderer's browser open; exiting closes it.
process.exit(0);
