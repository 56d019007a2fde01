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
import { buildVersion, precacheUrls, serviceWorkerSource, type BuiltFile } from './precache.ts';
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
				for (const path of paths.filter((p) => p.endsWith('.html'))) {
					const html = readFileSync(join(out, path), 'utf8');
					const tidy = hoistIslandStyle(html);
					if (tidy !== html) writeFileSync(join(out, path), tidy);
				}
				const files: BuiltFile[] = paths.map((path) => ({ path, bytes: readFileSync(join(out, path)) }));
				const version = buildVersion(files);
				const urls = precacheUrls(paths, base);
				const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
				writeFileSync(join(out, 'sw.js'), serviceWorkerSource(template, version, urls, base));
				logger.info(`离线：sw.js 版本 ${version}，预缓存 ${urls.length} 个文件`);
			},
		},
	};
}
