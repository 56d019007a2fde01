/**
 * After the build, writes `name.gz` next to every text file (pages, scripts, styles, the palette
 * and Pagefind's JSON, SVG, sitemaps), so a server with gzip_static (deploy/nginx-site.mjs) or a
 * CDN sends them compressed without compressing on every request. Pagefind's own index files are
 * compressed already and left alone.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const TEXT = /\.(html|js|mjs|css|json|svg|xml|txt|webmanifest)$/;

export function precompress(): AstroIntegration {
	return {
		name: 'sales-playbook:precompress',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				let count = 0;
				for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
					if (!entry.isFile() || !TEXT.test(entry.name)) continue;
					const file = join(entry.parentPath, entry.name);
					writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }));
					count++;
				}
				logger.info(`预压缩：${count} 个文件写出 .gz`);
			},
		},
	};
}
