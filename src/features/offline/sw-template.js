// Service worker of 销售流程手册 (template: the offline integration fills in the names and lists).
//
// Two caches per build, both named after the build's version:
//   CACHE      the shell (scripts, styles, the 404 page: SHELL) stored at install, plus every page
//              and file as it is visited. A first visit stores only this (a few hundred kB).
//   CACHE_ALL  everything of the build (ALL), only when the reader asks for it on 我的清单
//              ("离线保存全部"), with progress; asking to undo deletes it.
// Activate: deletes every older cache of this deployment; a reader who had saved everything gets
// the new build saved again in the background, so "offline" survives updates.
// Fetch: pages network-first (online readers get the current build, offline ones the cached copy)
// and stored as they are visited; hashed assets and the search index cache-first.
const CACHE = __CACHE_NAME__;
const CACHE_ALL = `${CACHE}-all`;
const PREFIX = __CACHE_PREFIX__;
/** The deployment's base path, e.g. "/" or "/sales/"; the worker's scope. */
const BASE = __BASE__;
const SHELL = __SHELL__;
const ALL = __PRECACHE__;
const ALL_BYTES = __ALL_BYTES__;

self.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(SHELL.map((url) => new Request(url, { cache: 'reload' }))))
			.then(() => self.skipWaiting()),
	);
});

/** Stores the pages open now: the first visit's page loaded before this worker controlled it. */
async function storeOpenPages() {
	const cache = await caches.open(CACHE);
	for (const client of await self.clients.matchAll({ type: 'window' })) {
		const url = new URL(client.url);
		url.hash = '';
		url.search = '';
		if (url.origin === self.location.origin && url.pathname.startsWith(BASE)) await cache.add(new Request(url.href, { cache: 'reload' })).catch(() => undefined);
	}
}

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const keys = await caches.keys();
			const hadAll = keys.some((k) => k.startsWith(PREFIX) && k.endsWith('-all'));
			await Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE && k !== CACHE_ALL).map((k) => caches.delete(k)));
			await self.clients.claim();
			await storeOpenPages();
			if (hadAll && !keys.includes(CACHE_ALL)) saveAll(() => undefined);
		})(),
	);
});

/** Downloads every file of the build into CACHE_ALL, reporting progress. */
async function saveAll(report) {
	const cache = await caches.open(CACHE_ALL);
	let done = 0;
	for (const url of ALL) {
		if (!(await cache.match(url))) await cache.add(new Request(url, { cache: 'reload' }));
		done++;
		if (done % 5 === 0 || done === ALL.length) report({ type: 'progress', done, total: ALL.length });
	}
}

async function status() {
	const all = await caches.has(CACHE_ALL);
	const complete = all && (await (await caches.open(CACHE_ALL)).keys()).length >= ALL.length;
	return { type: 'status', version: CACHE, savedAll: complete, bytes: ALL_BYTES };
}

self.addEventListener('message', (event) => {
	const reply = (message) => event.source?.postMessage(message);
	const type = typeof event.data === 'string' ? event.data : event.data?.type;
	if (type === 'version') reply({ version: CACHE });
	if (type === 'status') event.waitUntil(status().then(reply));
	if (type === 'save-all')
		event.waitUntil(
			saveAll(reply).then(
				() => status().then(reply),
				(error) => reply({ type: 'error', message: String(error?.message ?? error) }),
			),
		);
	if (type === 'drop-all') event.waitUntil(caches.delete(CACHE_ALL).then(() => status().then(reply)));
});

async function fromCache(request) {
	return (await caches.match(request, { ignoreSearch: request.mode === 'navigate', cacheName: CACHE })) ??
		(await caches.match(request, { ignoreSearch: request.mode === 'navigate', cacheName: CACHE_ALL })) ??
		null;
}

async function networkFirst(request) {
	try {
		const response = await fetch(request);
		// Visited pages and the files they fetch (the palette index, say) stay readable offline.
		if (response.ok && response.type === 'basic') (await caches.open(CACHE)).put(request, response.clone());
		return response;
	} catch (error) {
		const cached = (await fromCache(request)) ?? (request.mode === 'navigate' ? await fromCache(new Request(`${BASE}404.html`)) : null);
		if (cached) return cached;
		throw error;
	}
}

async function cacheFirst(request) {
	const cached = await fromCache(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
	return response;
}

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
	const immutable = url.pathname.startsWith(`${BASE}_astro/`) || url.pathname.startsWith(`${BASE}pagefind/`);
	event.respondWith(immutable ? cacheFirst(request) : networkFirst(request));
});
