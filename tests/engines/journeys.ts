/**
 * The journeys reps take, run in one engine against the built site (dist/) served on a free
 * loopback port by the suite itself. webkit.test.ts and firefox.test.ts call `journeys()`.
 * A failing journey leaves a screenshot of every open tab in test-results/engines/.
 *
 * Not here: opening a share link (issue 16; sharing does not exist yet).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Engine, EngineOptions, Tab } from '../../tools/engines/driver.ts';
import { SiteServer } from '../../tools/engines/server.ts';
import { field, find, waitFor, WAIT_MS } from './helpers.ts';

export const RESULTS = resolve(process.env.ENGINES_RESULTS ?? 'test-results/engines');

/** What an engine can do under automation here (see the README's engines section). */
export interface EngineTraits {
	/** Saves a real download into EngineOptions.downloads. */
	downloadsToFolder: boolean;
	/** Why the service worker cannot be checked in this engine under automation, if it cannot. */
	noServiceWorker?: string;
}

const KA = '/playbooks/key-account/';
const KA_STAGES = ['确定开发对象', '样品资料提供/信息收集', '价值评估/开发程序', '关系建立', '促成成交'];
const CUSTOMER = '华东某集团';
const STATE_KEY = 'sales-playbook:state';

/** Whether ENGINES (comma-separated, default all) asks for this engine. */
export function wanted(name: string): boolean {
	const list = (process.env.ENGINES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
	return list.length === 0 || list.includes(name);
}

/** Waits for a stage's checklist to be enhanced (its saved state restored, its controls on). */
function stageReady(tab: Tab, stage: string) {
	return waitFor(tab, `the checklist of stage ${stage} ready`, (s: string) => Boolean(document.querySelector(`article.stage[data-stage="${s}"] .cl[data-ready]`)), stage);
}

/**
 * Waits until the checklist is ready and the element the URL's #hash names is at the top of the
 * viewport, as a reader following a link to a stage expects.
 */
async function hashTargetInView(tab: Tab) {
	/** Whether it is so, or (`detail`) where things are. */
	const where = (detail: boolean) => {
		const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
		const top = target ? Math.round(target.getBoundingClientRect().top) : null;
		const ready = !document.querySelector('.runbar') || Boolean(document.querySelector('.runbar[data-ready]'));
		const ok = ready && top !== null && top >= 0 && top < innerHeight / 3;
		return detail ? JSON.stringify({ url: location.pathname + decodeURIComponent(location.hash), top, viewport: innerHeight, ready }) : ok;
	};
	try {
		await waitFor(tab, 'the #hash target at the top of the viewport once the checklist is ready', where, false);
	} catch (error) {
		throw new Error(`${(error as Error).message}: ${await tab.run(where, true)}`);
	}
}

/** Checked / disabled state of a task's checkbox, found by its text. */
function taskState(tab: Tab, stage: string, text: string) {
	return tab.run(
		(s: string, t: string) => {
			const li = [...document.querySelectorAll(`article.stage[data-stage="${s}"] .cl-list > li`)].find((l) => (l.textContent ?? '').includes(t));
			const box = li?.querySelector<HTMLInputElement>('input[type="checkbox"]');
			return box ? { checked: box.checked, disabled: box.disabled } : null;
		},
		stage,
		text,
	);
}

function taskBox(tab: Tab, stage: string, text: string) {
	return find(tab, `article.stage[data-stage="${stage}"] .cl-list > li`, { text, pick: 'input[type="checkbox"]' });
}

export function journeys(name: string, launch: (options: EngineOptions) => Promise<Engine>, traits: EngineTraits, missing: () => string | undefined) {
	describe(name, { skip: wanted(name) ? false : `ENGINES=${process.env.ENGINES}` }, () => {
		let server: SiteServer;
		let engine: Engine;
		let tab: Tab;
		const downloads = join(RESULTS, `${name}-downloads`);

		before(async () => {
			const why = missing();
			if (why) throw new Error(`${name} 无法运行：${why}`);
			mkdirSync(RESULTS, { recursive: true });
			rmSync(downloads, { recursive: true, force: true });
			mkdirSync(downloads, { recursive: true });
			for (const f of readdirSync(RESULTS)) if (f.startsWith(`${name}-`) && f.endsWith('.png')) rmSync(join(RESULTS, f));
			server = await SiteServer.start();
			const started = Date.now();
			engine = await launch({ origin: server.origin, downloads });
			tab = await engine.newTab();
			console.log(`# ${name}: ${engine.version}, site at ${server.origin}, started in ${Date.now() - started} ms`);
		});

		after(async () => {
			await engine?.close();
			await server?.stop();
		});

		/** Each journey starts with the first tab only. */
		const closeOthers = async () => {
			for (const open of engine?.tabs().slice(1) ?? []) await open.close();
		};

		/** A journey: on failure, a screenshot of each open tab, its path in the error. */
		const journey = (title: string, fn: (t: TestContext) => Promise<void>) =>
			it(title, { timeout: 6 * WAIT_MS }, async (t) => {
				try {
					for (const open of engine.tabs()) open.takeErrors?.();
					await fn(t);
					const errors = engine.tabs().flatMap((open) => open.takeErrors?.() ?? []);
					assert.deepEqual(errors, [], 'no uncaught exception or console error in the page');
					await closeOthers();
				} catch (error) {
					const shots: string[] = [];
					const slug = title.replace(/[^\w\u4e00-\u9fff]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
					for (const [i, open] of (engine?.tabs() ?? []).entries()) {
						const file = join(RESULTS, `${name}-${slug}${i ? `-tab${i + 1}` : ''}.png`);
						try {
							await open.screenshot(file);
							shots.push(file);
						} catch (e) {
							console.log(`# ${name}: no screenshot (${String(e)})`);
						}
					}
					for (const file of shots) console.log(`# ${name} screenshot: ${file}`);
					if (error instanceof Error && shots.length) error.message += `\n    screenshot: ${shots.join('\n    screenshot: ')}`;
					await closeOthers().catch(() => {});
					throw error;
				}
			});

		journey('playbook: the flowchart is drawn, and a stage node jumps to its stage', async () => {
			await tab.goto(KA);
			const svg = await waitFor(tab, 'the flowchart SVG laid out', () => {
				const s = document.querySelector('figure.flowchart svg');
				const r = s?.getBoundingClientRect();
				return s && r && r.width > 100 && r.height > 100 && getComputedStyle(s).visibility === 'visible' ? { text: s.textContent ?? '' } : null;
			});
			for (const stage of KA_STAGES) assert.ok(svg.text.includes(stage), `flowchart shows ${stage}`);
			// The text is drawn, not just present: the node label has a width.
			const labelWidth = await tab.run(() => {
				const label = document.querySelector('figure.flowchart a.fc-stage[data-stage="identify-target"] :is(text, foreignObject, span, div)');
				return label ? label.getBoundingClientRect().width : 0;
			});
			assert.ok(labelWidth > 10, `the node label is laid out (width ${labelWidth})`);
			await tab.click('figure.flowchart a.fc-stage[data-stage="close-deal"]');
			await waitFor(tab, 'the page at #close-deal with the stage in view', () => {
				const target = document.getElementById('close-deal');
				if (location.hash !== '#close-deal' || !target) return false;
				const top = target.getBoundingClientRect().top;
				return top >= 0 && top < innerHeight / 2;
			});
			// A link to the stage from elsewhere (search, quick-jump, glossary, a colleague) lands on it too.
			await tab.goto('/');
			await tab.goto(`${KA}#close-deal`);
			await hashTargetInView(tab);
		});

		journey('checklist: a run for a customer, a tick and a gate answer survive a reload', async () => {
			await tab.goto(KA);
			await stageReady(tab, 'identify-target');
			await tab.click(await find(tab, '.runbar button', { text: '新建客户清单' }));
			await tab.type(await find(tab, '.runbar form input[type="text"]'), CUSTOMER);
			await tab.click(await find(tab, '.runbar form button[type="submit"]', { text: '创建' }));
			await waitFor(tab, `the run “${CUSTOMER}” selected`, (n: string) => document.querySelector<HTMLSelectElement>('.runbar select')?.selectedOptions[0]?.textContent?.includes(n), CUSTOMER);
			assert.deepEqual(await taskState(tab, 'gather-info', '提供样品'), { checked: false, disabled: true }, 'a later stage is locked before the gate');

			await tab.click(await taskBox(tab, 'identify-target', '与客户初步沟通'));
			await waitFor(tab, 'the task ticked', (s: string) => document.querySelector<HTMLInputElement>(s)?.checked, await taskBox(tab, 'identify-target', '与客户初步沟通'));
			await tab.click(await find(tab, 'article.stage[data-stage="identify-target"] button', { text: '是，进入下一阶段' }));
			await waitFor(tab, 'the next stage unlocked', () => {
				const next = document.querySelector('article.stage[data-stage="gather-info"]');
				return next && next.getAttribute('data-state') !== 'locked' && document.querySelector('article.stage[data-stage="identify-target"]')?.textContent?.includes('关卡已通过');
			});

			await tab.reload();
			await stageReady(tab, 'gather-info');
			assert.deepEqual(await taskState(tab, 'identify-target', '与客户初步沟通'), { checked: true, disabled: false }, 'the tick is kept');
			assert.deepEqual(await taskState(tab, 'gather-info', '提供样品'), { checked: false, disabled: false }, 'the gate answer is kept');
			const kept = await tab.run(() => ({
				run: document.querySelector<HTMLSelectElement>('.runbar select')?.selectedOptions[0]?.textContent ?? '',
				count: document.querySelector('.runbar .cl-count')?.textContent ?? '',
			}));
			assert.ok(kept.run.includes(CUSTOMER), `the run is still selected (${kept.run})`);
			assert.match(kept.count, /^1\/\d+$/);
		});

		journey('checklist: two open tabs agree without a reload', async () => {
			await tab.goto(KA);
			const other = await engine.newTab();
			await other.goto(KA);
			await stageReady(tab, 'identify-target');
			await stageReady(other, 'identify-target');
			await tab.click(await taskBox(tab, 'identify-target', '判断成交机会的有无'));
			await waitFor(other, 'the tick from the first tab in the second', (s: string) => document.querySelector<HTMLInputElement>(s)?.checked, await taskBox(other, 'identify-target', '判断成交机会的有无'));
			await other.click(await taskBox(other, 'identify-target', '了解客户的潜在需求'));
			await waitFor(tab, 'the tick from the second tab in the first', (s: string) => document.querySelector<HTMLInputElement>(s)?.checked, await taskBox(tab, 'identify-target', '了解客户的潜在需求'));
		});

		journey('我的清单: export downloads a JSON backup; importing it gives the same state back', async () => {
			await tab.goto('/checklists/');
			await find(tab, 'li.run', { text: CUSTOMER });
			const saved = await tab.run((k: string) => localStorage.getItem(k), STATE_KEY);
			assert.ok(saved, 'there is saved state to export');
			// Keep what the page hands to the browser as the download, to compare with the file.
			await tab.run(() => {
				const w = window as unknown as { __exported: Blob[] };
				w.__exported = [];
				const create = URL.createObjectURL.bind(URL);
				URL.createObjectURL = (b: Blob | MediaSource) => {
					if (b instanceof Blob) w.__exported.push(b);
					return create(b);
				};
			});
			await tab.click(await find(tab, '.runs-transfer button', { text: '导出全部（JSON）' }));
			await find(tab, '.runs-transfer [role="status"]', { text: '已导出全部清单' });
			const exported = await tab.run(async () => (window as unknown as { __exported: Blob[] }).__exported[0]?.text() ?? '');
			const backup = JSON.parse(exported);
			assert.equal(backup.app, '销售流程手册');
			assert.ok(Object.values(backup.runs ?? {}).some((r) => (r as { name?: string }).name === CUSTOMER), 'the backup holds the run');
			if (traits.downloadsToFolder) {
				const file = await (async () => {
					const end = Date.now() + WAIT_MS;
					for (;;) {
						const hit = readdirSync(downloads).find((f) => /^销售清单备份-\d{4}-\d{2}-\d{2}\.json$/.test(f));
						if (hit && readFileSync(join(downloads, hit), 'utf8') === exported) return hit;
						if (Date.now() > end) throw new Error(`no download 销售清单备份-<date>.json in ${downloads} (found: ${readdirSync(downloads).join(', ') || 'nothing'})`);
						await new Promise((r) => setTimeout(r, 200));
					}
				})();
				assert.ok(file);
			}
			const backupFile = join(RESULTS, `${name}-backup.json`);
			writeFileSync(backupFile, exported);

			await tab.run(() => localStorage.clear());
			await tab.reload();
			// Without saved data the page paints before its script runs: the file input is enabled
			// (and listened to) only once the list is ready.
			await find(tab, '.runs[data-ready] .runs-transfer');
			assert.equal(await tab.run(() => document.querySelectorAll('li.run').length), 0, 'no run after clearing storage');
			await tab.upload('.runs-transfer input[type="file"]', backupFile);
			await tab.click(await find(tab, '.runs-transfer button', { text: '替换全部现有清单' }));
			await find(tab, 'li.run', { text: CUSTOMER });
			const restored = await tab.run((k: string) => localStorage.getItem(k), STATE_KEY);
			assert.deepEqual(JSON.parse(restored ?? 'null'), JSON.parse(saved), 'the imported state equals the exported one');
		});

		journey('quick-jump: Ctrl+K, “qy”, Enter goes to the first 签约 result', async () => {
			await tab.goto('/');
			await find(tab, '[data-open-palette]');
			await tab.press('Control+k');
			await waitFor(tab, 'the palette open with its input focused', () => document.querySelector('#palette-dialog')?.hasAttribute('open') && document.activeElement?.id === 'palette-input');
			await tab.press('q', 'y');
			const href = await waitFor(tab, 'a first option about 签约', () => {
				const first = document.querySelector<HTMLElement>('#palette-dialog [role="option"]');
				return first?.querySelector('.palette-title')?.textContent?.includes('签约') && first.getAttribute('aria-selected') === 'true' ? first.dataset.href : null;
			});
			await tab.press('Enter');
			await waitFor(tab, `the page ${href}`, (h: string) => decodeURI(location.pathname + location.hash) === decodeURI(h) && document.readyState === 'complete', href);
			if (href.includes('#')) await hashTargetInView(tab);
		});

		journey('full-text search: 签约 finds the pages about signing', async () => {
			await tab.goto(KA);
			await tab.click(await find(tab, '[data-open-search]'));
			const input = await find(tab, '#search-dialog input.pagefind-ui__search-input');
			await waitFor(tab, 'the search input focused', (s: string) => document.activeElement === document.querySelector(s), input);
			await tab.type(input, '签约');
			const links = await waitFor(tab, 'search results for 签约', () => {
				const results = [...document.querySelectorAll('#search-dialog .pagefind-ui__result')];
				const hrefs = results.map((r) => r.querySelector<HTMLAnchorElement>('a.pagefind-ui__result-link')?.pathname ?? '');
				return hrefs.length > 0 && hrefs.every(Boolean) ? hrefs : null;
			});
			assert.ok(links.some((p) => p === '/playbooks/real-estate/' || p === '/templates/signing-notice/'), `results include the signing pages: ${links.join(' ')}`);
		});

		journey('templates: fill once, the SMS preview and its count, 月供 for a known loan', async () => {
			await tab.goto('/templates/sms-visit-thanks/');
			await find(tab, '[data-ready] .buyer-bar');
			const name = await field(tab, '客户称呼', '.sms-template');
			await tab.type(name, '张先生');
			const count = () =>
				tab.run(() => {
					const text = document.querySelector('[data-sms-text]')?.textContent ?? '';
					const m = /共 (\d+) 字，按 (\d+) 条短信发送/.exec(document.querySelector('[data-sms-count]')?.textContent ?? '');
					return { text, chars: Number(m?.[1]), parts: Number(m?.[2]) };
				});
			await find(tab, '[data-sms-text]', { text: '张先生您好，感谢您今天到访售楼处。' });
			let sms = await count();
			assert.equal(sms.chars, sms.text.length, 'the count is the preview’s length');
			assert.equal(sms.parts, 1);
			// 137 characters: 3 parts of 67 (2 if a long message were cut every 70).
			const more = '欧阳先生'.repeat(40).slice(0, 137 - sms.chars);
			await tab.type(name, more);
			await find(tab, '[data-sms-text]', { text: `张先生${more}您好` });
			sms = await count();
			assert.equal(sms.text.length, 137);
			assert.equal(sms.chars, 137, 'the count is the preview’s length');
			assert.equal(sms.parts, 3, 'a long message goes in parts of 67');

			await tab.goto('/templates/purchase-commitment/');
			await find(tab, '[data-ready] .buyer-bar');
			const buyer = await field(tab, '承诺人（客户）姓名', '.paper');
			assert.equal(await tab.run((s: string) => document.querySelector<HTMLInputElement>(s)?.value, buyer), `张先生${more}`, 'the name typed once fills the letter');
			await tab.click(await field(tab, '直接填写利率', '.loan-panel'));
			for (const [label, value] of [
				['总价（签约价，元）', '1000000'],
				['首付比例（%）', '30'],
				['商业贷款年利率（%）', '3.1'],
				['贷款年限（年）', '25'],
			] as const)
				await tab.type(await field(tab, label, '.loan-panel'), value);
			await waitFor(tab, '贷款金额 700,000.00 元 and 月供 3,356.00 元（等额本息）', () => {
				const text = (f: string) => document.querySelector(`.paper [data-field="${f}"]`)?.textContent;
				return text('贷款金额') === '700,000.00 元' && text('月供') === '3,356.00 元（等额本息）';
			});
		});

		journey('deck: → advances, the URL hash keeps the slide over a reload', async () => {
			await tab.goto('/present/key-account/');
			await waitFor(tab, 'the deck ready', () => document.documentElement.hasAttribute('data-deck-ready'));
			const ids = await tab.run(() => [...document.querySelectorAll('.slide')].map((s) => s.id));
			assert.ok(ids.length > 4, 'the deck has slides');
			const active = () => tab.run(() => ({ id: document.querySelector('.slide[data-active]')?.id, hash: location.hash }));
			assert.equal((await active()).id, ids[0]);
			for (const i of [1, 2]) {
				await tab.press('ArrowRight');
				await waitFor(tab, `slide ${ids[i]} shown, in the hash`, (id: string) => document.querySelector('.slide[data-active]')?.id === id && location.hash === `#${id}`, ids[i]!);
			}
			await tab.reload();
			await waitFor(tab, 'the deck ready again', () => document.documentElement.hasAttribute('data-deck-ready'));
			assert.deepEqual(await active(), { id: ids[2], hash: `#${ids[2]}` }, 'the reload restores the slide');
			await tab.goto(`/present/key-account/#${ids[4]}`);
			await waitFor(tab, `slide ${ids[4]} from a link`, (id: string) => document.querySelector('.slide[data-active]')?.id === id, ids[4]!);
		});

		journey('offline: the service worker installs, then pages, checklists, templates and the deck work with the site down', async (t) => {
			if (traits.noServiceWorker) {
				t.skip(traits.noServiceWorker);
				return;
			}
			const sw = readFileSync(join(server.dir, 'sw.js'), 'utf8');
			const precache = JSON.parse(/const ALL = (\[[^\]]*\]);/.exec(sw)?.[1] ?? '[]') as string[];
			assert.ok(precache.length > 50, 'dist/sw.js lists the files that 离线保存全部 stores');
			await tab.goto('/');
			await waitFor(tab, 'the service worker active and controlling the page', async () => {
				const reg = await navigator.serviceWorker.getRegistration();
				return reg?.active?.state === 'activated' && Boolean(navigator.serviceWorker.controller);
			});
			// A first visit stores only what it reads; 我的清单's 离线保存全部 asks the worker for the rest.
			await tab.run(() => navigator.serviceWorker.controller!.postMessage({ type: 'save-all' }));
			// Storing ~120 files can outlast one wait on a loaded machine: up to three waits.
			const saved = () => waitFor(
				tab,
				'everything saved for offline use on request',
				async (urls: string[]) => {
					const keys = await caches.keys();
					const all = keys.find((k) => k.endsWith('-all'));
					if (!all) return null;
					const cache = await caches.open(all);
					const missing: string[] = [];
					for (const url of urls) if (!(await cache.match(url))) missing.push(url);
					return missing.length ? null : { cache: all, missing };
				},
				precache,
			);
			const installed = await saved().catch(() => saved()).catch(() => saved());
			assert.match(installed.cache, /^sales-playbook-[0-9a-f]{16}-all$/);
			assert.deepEqual(installed.missing, [], 'every file of the build is cached');

			await server.stop();
			try {
				await tab.goto(KA);
				await waitFor(tab, 'the playbook offline, with its flowchart', () => Boolean(document.querySelector('h1')?.textContent?.includes('大客户开发流程') && document.querySelector('figure.flowchart svg')));
				await stageReady(tab, 'identify-target');
				const box = await taskBox(tab, 'identify-target', '了解客户的潜在需求');
				const before = await tab.run((s: string) => document.querySelector<HTMLInputElement>(s)?.checked, box);
				await tab.click(box);
				await waitFor(tab, 'the tick changed offline', (s: string, was: boolean) => document.querySelector<HTMLInputElement>(s)?.checked === !was, box, Boolean(before));
				await tab.goto('/checklists/');
				await find(tab, 'li.run', { text: CUSTOMER });
				await tab.goto('/templates/purchase-commitment/');
				await find(tab, '[data-ready] .buyer-bar');
				await tab.goto('/present/key-account/');
				await waitFor(tab, 'the deck ready offline', () => document.documentElement.hasAttribute('data-deck-ready'));
				await tab.press('ArrowRight');
				await waitFor(tab, 'the deck advancing offline', () => location.hash.length > 1);
			} finally {
				await server.resume();
			}
		});
	});
}
