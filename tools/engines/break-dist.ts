/**
 * Proof that the engine journeys can fail: copies a built site and breaks, in the copy, one thing
 * each journey checks. Every journey must then fail, in both engines:
 *
 *   node tools/engines/break-dist.ts [dist] [/tmp/dist-broken]
 *   SALES_OUT_DIR=/tmp/dist-broken npm run test:engines      # expect 9 failures per engine
 *
 * The edits are string replacements in the build output; each throws when its target is not
 * found (a rebuild changed it), so the proof cannot silently break nothing.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const from = resolve(process.argv[2] ?? 'dist');
const to = resolve(process.argv[3] ?? '/tmp/dist-broken');
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });

function edit(file: string, find: string | RegExp, replace: string, why: string) {
	const path = join(to, file);
	const text = readFileSync(path, 'utf8');
	const next = text.replace(find, replace);
	if (next === text) throw new Error(`break-dist: “${String(find)}” not found in ${file} (${why})`);
	writeFileSync(path, next);
	console.log(`broken: ${why}`);
}
/** The one built file in _astro/ whose name starts with `prefix` and that contains `needle`. */
function chunk(prefix: string, needle: string): string {
	const hits = readdirSync(join(to, '_astro')).filter((f) => f.startsWith(prefix) && f.endsWith('.js') && readFileSync(join(to, '_astro', f), 'utf8').includes(needle));
	if (hits.length !== 1) throw new Error(`break-dist: ${hits.length} chunks ${prefix}* contain ${needle}`);
	return `_astro/${hits[0]}`;
}
/** A classic script from the site's own origin (allowed by its CSP), run before the page's modules. */
function inject(page: string, name: string, source: string, why: string) {
	writeFileSync(join(to, name), source);
	edit(page, '<head>', `<head><script src="/${name}"></script>`, why);
}

// 1. playbook: the close-deal node of the flowchart links to the first stage instead.
edit('playbooks/key-account/index.html', 'href="#close-deal" class="fc-stage"', 'href="#identify-target" class="fc-stage"', 'flowchart node → wrong stage');
// 2 and 3. checklist: a reload of the playbook loses the saved state (stashed, and put back on the
// next plain visit so later journeys still find the run); other tabs' changes are not listened to.
inject(
	'playbooks/key-account/index.html',
	'engines-break-checklist.js',
	`(() => {
	const KEY = 'sales-playbook:state';
	const nav = performance.getEntriesByType('navigation')[0];
	if (nav && nav.type === 'reload') {
		const saved = localStorage.getItem(KEY);
		if (saved) sessionStorage.setItem('engines-stash', saved);
		localStorage.removeItem(KEY);
	} else if (sessionStorage.getItem('engines-stash')) {
		localStorage.setItem(KEY, sessionStorage.getItem('engines-stash'));
		sessionStorage.removeItem('engines-stash');
	}
	const add = EventTarget.prototype.addEventListener;
	EventTarget.prototype.addEventListener = function (type, ...rest) {
		if (type !== 'storage') return add.call(this, type, ...rest);
	};
})();`,
	'reload loses the checklist; tabs ignore each other',
);
// 4. 我的清单: the backup leaves out every run.
edit(chunk('store', 'exportText'), /exportText\(\)\{return JSON\.stringify\(\{\.\.\.(\w+),/, 'exportText(){return JSON.stringify({...$1,runs:{},', 'export without runs');
// 5. quick-jump: Ctrl+J instead of Ctrl+K.
edit(chunk('SiteTools', 'toLowerCase'), 'toLowerCase()===`k`', 'toLowerCase()===`j`', 'palette on Ctrl+J');
// 6. full-text search: no index.
rmSync(join(to, 'pagefind', 'index'), { recursive: true, force: true });
console.log('broken: no Pagefind index');
// 7. templates: long SMS counted in parts of 70.
edit(chunk('use-buyer', 'Math.ceil(t/67)'), 'Math.ceil(t/67)', 'Math.ceil(t/70)', 'SMS parts of 70');
// 8. deck: a reload forgets the slide in the hash.
inject(
	'present/key-account/index.html',
	'engines-break-deck.js',
	`if (performance.getEntriesByType('navigation')[0]?.type === 'reload') history.replaceState(null, '', location.pathname);`,
	'deck reload drops the hash',
);
// 9. offline: the service worker installs without precaching.
edit('sw.js', '.then((cache) => cache.addAll(', '.then((cache) => void (', 'service worker precaches nothing');
console.log(`\n${to} — now: SALES_OUT_DIR=${to} npm run test:engines`);
