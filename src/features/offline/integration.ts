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

const REGISTER = `if ('serviceWorker' in navigator && location.protocol !== 'file:') addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}));`;

function listFiles(dir: string, root = dir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		return entry.isDirectory() ? listFiles(full, root) : [relative(root, full).split('\\').join('/')];
	});
}

export function offline(): AstroIntegration {
	return {
		name: 'sales-playbook:offline',
		hooks: {
			'astro:config:setup': ({ injectScript, command }) => {
				if (command === 'build') injectScript('page', REGISTER);
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
				const urls = precacheUrls(paths);
				const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
				writeFileSync(join(out, 'sw.js'), serviceWorkerSource(template, version, urls));
				logger.info(`离线：sw.js 版本 ${version}，预缓存 ${urls.length} 个文件`);
			},
		},
	};
}
