/**
 * What the service worker precaches and how its cache is versioned. Pure: the offline
 * integration feeds it the built files; tests feed it lists.
 *
 * Versioning: the version is a hash over every precached file's path and content, so any change
 * to the build gives a new sw.js byte-for-byte, the browser installs it, and its `activate` step
 * deletes every older `sales-playbook-*` cache. Nothing stays stale past the next online visit.
 */
import { createHash } from 'node:crypto';

/** Prefix of every cache this site's service worker creates. */
export const CACHE_PREFIX = 'sales-playbook-';

/**
 * The cache prefix of a deployment: two copies of the site under different paths of one origin
 * (say /sales/ and /sales-test/) must not delete each other's caches.
 */
export function cachePrefix(base: string): string {
	const path = base.replace(/^\/+|\/+$/g, '');
	return path ? `${CACHE_PREFIX}${path.replace(/[^A-Za-z0-9_-]+/g, '_')}-` : CACHE_PREFIX;
}

/** A built file: its path relative to the output folder (forward slashes) and its bytes. */
export interface BuiltFile {
	path: string;
	bytes: Uint8Array | string;
}

/** Files that are never worth precaching: the worker itself, sitemaps, source maps. */
function skipped(path: string): boolean {
	return path === 'sw.js' || /^sitemap.*\.xml$/.test(path) || path.endsWith('.map') || path.endsWith('.txt') || path.endsWith('.gz');
}

/**
 * URL of a built file as the browser requests it, under the base path:
 * `playbooks/x/index.html` → `/playbooks/x/`, `404.html` → `/404.html`.
 */
export function fileUrl(path: string, base = '/'): string {
	const p = path.split('\\').join('/');
	if (p === 'index.html') return base;
	return base + (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p);
}

/**
 * URLs to precache, sorted: every page and every asset, Pagefind's index included so search
 * works offline too.
 */
export function precacheUrls(paths: string[], base = '/'): string[] {
	return paths
		.map((p) => p.replace(/\\/g, '/'))
		.filter((p) => !skipped(p))
		.map((p) => fileUrl(p, base))
		.sort();
}

/** Build version: first 16 hex digits of a SHA-256 over the sorted precached paths and contents. */
export function buildVersion(files: BuiltFile[]): string {
	const hash = createHash('sha256');
	for (const file of [...files].filter((f) => !skipped(f.path)).sort((a, b) => (a.path < b.path ? -1 : 1))) {
		hash.update(file.path);
		hash.update('\0');
		hash.update(file.bytes);
		hash.update('\0');
	}
	return hash.digest('hex').slice(0, 16);
}

/**
 * What a first visit stores: the scripts and styles every page may need and the 404 page (the
 * offline fallback). Pages themselves are stored as they are visited.
 */
export function shellUrls(paths: string[], base = '/'): string[] {
	return precacheUrls(paths, base).filter((u) => u.startsWith(`${base}_astro/`) || u === `${base}404.html`);
}

/** Bytes of the files that "离线保存全部" downloads. */
export function totalBytes(files: BuiltFile[]): number {
	return files.filter((f) => !skipped(f.path)).reduce((n, f) => n + (typeof f.bytes === 'string' ? Buffer.byteLength(f.bytes) : f.bytes.length), 0);
}

/** "约 3.3 MB": the size the offline control announces (1 MB = 1,000,000 bytes, as phone plans count). */
export function formatMegabytes(bytes: number): string {
	return `约 ${Math.max(0.1, Math.round(bytes / 100_000) / 10).toFixed(1)} MB`;
}

/** Placeholder in pages for the size of "离线保存全部", filled in after the build (integration.ts). */
export const OFFLINE_SIZE_TOKEN = '__SALES_OFFLINE_SIZE__';

export interface WorkerLists {
	version: string;
	base: string;
	/** Stored at install. */
	shell: string[];
	/** Stored on request. */
	all: string[];
	allBytes: number;
}

/** Source of sw.js: the worker template with its base path, version and lists filled in. */
export function serviceWorkerSource(template: string, { version, base, shell, all, allBytes }: WorkerLists): string {
	return template
		.replace('__CACHE_NAME__', JSON.stringify(cachePrefix(base) + version))
		.replace('__CACHE_PREFIX__', JSON.stringify(cachePrefix(base)))
		.replace('__BASE__', JSON.stringify(base))
		.replace('__SHELL__', JSON.stringify(shell))
		.replace('__PRECACHE__', JSON.stringify(all))
		.replace('__ALL_BYTES__', String(allBytes));
}
