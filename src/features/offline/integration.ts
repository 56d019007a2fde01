/**
 * Offline reading: every page registers /sw.js (a tiny module script, allowed by the CSP as
 * 'self'); after the build, this integration writes dist/sw.js with the list of every built file
 * and a version hashed from their contents (src/features/offline/precache.ts). It first moves Astro's island
 * style into <head> (src/features/offline/island-style.ts) so the pages it precaches are the final ones.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hoistIslandStyle } from './island-style.ts';
import { buildVersion, formatMegabytes, OFFLINE_SIZE_TOKEN, precacheUrls, serviceWorkerSource, shellUrls, totalBytes, type BuiltFile } from './precache.ts';
import { normalizeBase } from '../../model/routes.ts';

/** The page script that registers the worker, with its URL and scope under the base path. */
const register = (base: string) =>
	`if ('serviceWorker' in navigator && location.protocol !== 'file:') addEventListener('load', () => navigator.serviceWorker.register(${JSON.stringify(`${base}sw.js`)}, { scope: ${JSON.stringify(base)} }).catch(() => {}));`;

function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

export function offline(): AstroIntegration {
	let base = '/';
	return {
		name: 'sales-playbook:offline',
		hooks: {
			'astro:config:setup': ({ injectScript, command, config }) => {
				base = normalizeBase(config.base);
				if (command === 'build') injectScript('page', register(base));
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const paths = listFiles(out);
				const html = paths.filter((p) => p.endsWith('.html'));
				const read = (): BuiltFile[] => paths.map((path) => ({ path, bytes: readFileSync(join(out, path)) }));
				// The size the offline control announces, measured on the built files.
				const size = formatMegabytes(totalBytes(read()));
				for (const path of html) {
					const text = readFileSync(join(out, path), 'utf8');
					const tidy = hoistIslandStyle(text).replaceAll(OFFLINE_SIZE_TOKEN, size);
					if (tidy !== text) writeFileSync(join(out, path), tidy);
				}
				const files = read();
				const lists = { version: buildVersion(files), base, shell: shellUrls(paths, base), all: precacheUrls(paths, base), allBytes: totalBytes(files) };
				const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
				writeFileSync(join(out, 'sw.js'), serviceWorkerSource(template, lists));
				logger.info(`离线：sw.js 版本 ${lists.version}；首次访问保存 ${lists.shell.length} 个文件，“离线保存全部”${lists.all.length} 个（${size}）`);
			},
		},
	};
}
