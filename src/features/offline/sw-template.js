// Service worker of 销售流程手册 (template: the offline integration fills in the names and list).
// Install: precache every page and asset of this build into a cache named after the build hash.
// Activate: delete every older cache of this site, take over open pages.
// Fetch: pages network-first (online readers always get the current build, offline ones the
// cached copy); hashed assets and the search index cache-first.
const CACHE = __CACHE_NAME__;
const PREFIX = __CACHE_PREFIX__;
/** The deployment's base path, e.g. "/" or "/sales/"; the worker's scope. */
const BASE = __BASE__;
const PRECACHE = __PRECACHE__;

self.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
			.then(() => self.skipWaiting()),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
			.then(() => self.clients.claim()),
	);
});

self.addEventListener('message', (event) => {
	if (event.data === 'version') event.source?.postMessage({ version: CACHE });
});

async function fromCache(request) {
	const cache = await caches.open(CACHE);
	return (await cache.match(request, { ignoreSearch: request.mode === 'navigate' })) ?? null;
}

async function networkFirst(request) {
	try {
		return await fetch(request);
	} catch (error) {
		const cached = (await fromCache(request)) ?? (request.mode === 'navigate' ? await fromCache(`${BASE}404.html`) : null);
		if (cached) return cached;
		throw error;
	}
}

async function cacheFirst(request) {
	const cached = await fromCache(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) {
		const cache = await caches.open(CACHE);
		cache.put(request, response.clone());
	}
	return response;
}

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin) return;
	const immutable = url.pathname.startsWith(`${BASE}_astro/`) || url.pathname.startsWith(`${BASE}pagefind/`);
	event.respondWith(immutable ? cacheFirst(request) : networkFirst(request));
});
