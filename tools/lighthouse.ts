/**
 * Lighthouse figures for `npm run bench` (issue 15): one page per page type, served the way it is
 * deployed (the shipped nginx config, so precompressed .gz and the CSP header; tools/serve-dist.mjs
 * without compression when there is no nginx), Lighthouse's default mobile settings (mobile form
 * factor and screen, simulated throttling), performance and accessibility only. Every run launches
 * Chromium with a fresh temporary profile, so each is a first visit (no service worker, empty
 * caches). Beside Lighthouse: JS before interaction (tools/page-weight.ts, inline scripts included)
 * and what the service worker stores on a first visit. Runs go round by round (every page once per
 * round) and each run's figures are printed beside the medians. Each run first waits for a quiet
 * machine, and beside its figures stand Lighthouse's CPU benchmark and the CPU share other
 * processes took meanwhile (tools/cpu-load.ts), so a run disturbed by the machine shows as such.
 * Every round also measures a control page: the key-account text in a bare Starlight site
 * (tools/bench-control.ts), the reference the issue named, so a round the machine slowed shows in
 * the control too. Prints figures only; asserts nothing.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser, installHint } from './browser.ts';
import { jsBeforeInteraction } from './page-weight.ts';
import { shellUrls } from '../src/features/offline/precache.ts';
import { cpuReading, cpuShares } from './cpu-load.ts';
import { buildControl, controlMarkdown, readBlocks } from './bench-control.ts';

const root = resolve(import.meta.dirname, '..');

/** The page types measured, one URL each. */
export const LIGHTHOUSE_PAGES: ReadonlyArray<readonly [label: string, path: string]> = [
	['首页', '/'],
	['手册（大客户）', '/playbooks/key-account/'],
	['手册（房地产）', '/playbooks/real-estate/'],
	['模板', '/templates/purchase-commitment/'],
	['演示', '/present/key-account/'],
	['入门课程', '/onboarding/'],
	['我的清单', '/checklists/'],
];

/** Median of some numbers (mean of the middle two for an even count); NaN for none. */
export function median(values: number[]): number {
	const v = values.filter((n) => Number.isFinite(n)).sort((a, b) => a - b);
	if (!v.length) return NaN;
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** The page whose text the control page carries (tools/bench-control.ts), and how the control is listed. */
const CONTROL_SOURCE = '/playbooks/key-account/';
const CONTROL_LABEL = '对照：Starlight 原样';
const CONTROL_PATH = '（对照）/';

/**
 * A built site served on 127.0.0.1: the deployment's nginx config when nginx is here, else
 * serve-dist. `csp: false` for the control site, which has no policy of its own.
 */
async function serve(dist: string, csp = true): Promise<{ origin: string; via: string; stop: () => Promise<void> }> {
	const port = 4900 + Math.floor(Math.random() * 400);
	const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].some(existsSync) || spawnSync('which', ['nginx']).status === 0;
	const [script, args, via] = nginx
		? ['tools/nginx-serve.mjs', ['--dist', dist, '--base', '/', '--port', String(port), ...(csp ? [] : ['--csp', 'none'])], 'nginx（部署配置：预压缩 .gz、CSP 头）']
		: ['tools/serve-dist.mjs', ['--dir', dist, '--port', String(port)], 'tools/serve-dist.mjs（未压缩：没有 nginx，LCP 偏慢）'];
	const child: ChildProcess = spawn(process.execPath, [join(root, script), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr?.on('data', (d) => (stderr += String(d)));
	const origin = `http://127.0.0.1:${port}`;
	const stop = () =>
		new Promise<void>((done) => {
			if (child.exitCode !== null) return done();
			child.once('exit', () => done());
			child.kill('SIGTERM');
		});
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) break;
		const ok = await fetch(`${origin}/`).then((r) => r.ok, () => false);
		if (ok) return { origin, via, stop };
		await new Promise((r) => setTimeout(r, 100));
	}
	await stop();
	throw new Error(`无法启动 ${script}：${stderr.trim() || '10 秒内没有响应'}`);
}

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** One Lighthouse run's figures. */
interface Run {
	performance: number;
	accessibility: number;
	tbt: number;
	cls: number;
	lcp: number;
	dom: number;
	/** Accessibility audits that failed. */
	failing: string[];
	/** Lighthouse's runtime error or warnings, if any. */
	problems: string[];
	version: string;
	userAgent: string;
	settings: string;
	/** Lighthouse's benchmarkIndex: the CPU's speed measured as the run began (higher is faster). */
	benchmark: number;
	/** Share of the machine's CPU (all cores) that processes outside the bench took during the run. */
	others: number;
}

async function lighthouseRun(browser: string, url: string): Promise<Run> {
	// A fresh temporary profile per launch (chrome-launcher's default): a first visit every time.
	const chrome = await launch({ chromePath: browser, chromeFlags: ['--headless=new', ...new Set(['--no-sandbox', ...CHROMIUM_ARGS])], logLevel: 'silent' });
	try {
		const start = cpuReading();
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
		const cpu = cpuShares(start, cpuReading());
		if (!result) throw new Error('Lighthouse 没有返回结果');
		const { lhr } = result;
		const audit = (id: string) => lhr.audits[id];
		const num = (id: string) => audit(id)?.numericValue ?? NaN;
		const score = (id: string) => (lhr.categories[id]?.score ?? NaN) * 100;
		const failing = (lhr.categories.accessibility?.auditRefs ?? [])
			.map((ref) => lhr.audits[ref.id])
			.filter((a) => a && a.score !== null && a.score < 1 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric'))
			.map((a) => a!.id);
		const problems = [...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []), ...lhr.runWarnings.map(String)];
		// Lighthouse 13 replaced the dom-size audit with dom-size-insight (numericValue: total elements).
		const dom = audit('dom-size')?.numericValue ?? audit('dom-size-insight')?.numericValue ?? NaN;
		const s = lhr.configSettings;
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			tbt: num('total-blocking-time'),
			cls: num('cumulative-layout-shift'),
			lcp: num('largest-contentful-paint'),
			dom,
			failing,
			problems,
			version: lhr.lighthouseVersion,
			userAgent: lhr.environment.hostUserAgent,
			benchmark: lhr.environment.benchmarkIndex ?? NaN,
			others: cpu?.others ?? NaN,
			settings: `${s.formFactor}，${s.screenEmulation.width}×${s.screenEmulation.height}，节流 ${s.throttlingMethod}（RTT ${s.throttling.rttMs} ms，${((s.throttling.throughputKbps ?? 0) / 1000).toFixed(1)} Mbps，CPU ×${s.throttling.cpuSlowdownMultiplier}）`,
		};
	} finally {
		chrome.kill();
	}
}

/**
 * Waits until the machine is quiet: at most 15 % of its CPU busy over one second (the runs before
 * have ended; nothing else is working), for up to a minute. Returns the seconds waited and whether
 * it became quiet; null where /proc cannot be read.
 */
async function quiet(): Promise<{ waited: number; quiet: boolean } | null> {
	for (let waited = 1; waited <= 60; waited++) {
		const before = cpuReading();
		await new Promise((r) => setTimeout(r, 1000));
		const shares = cpuShares(before, cpuReading());
		if (!shares) return null;
		if (shares.busy <= 0.15) return { waited, quiet: true };
	}
	return { waited: 60, quiet: false };
}

const kb = (n: number) => (Number.isFinite(n) ? `${(n / 1000).toFixed(1)} kB` : '—');
const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const load = () =>
	loadavg()
		.map((n, i) => `${['1', '5', '15'][i]} 分钟 ${n.toFixed(2)}`)
		.join('，');

/** Display width of a cell (CJK and full-width characters count 2). */
const cellWidth = (s: string) => [...s].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);

/** A markdown-like table with aligned columns. */
export function table(head: string[], body: string[][]): string {
	const all = [head, ...body];
	const width = head.map((_, i) => Math.max(...all.map((r) => cellWidth(r[i] ?? ''))));
	const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - cellWidth(s)));
	const line = (r: string[]) => `| ${r.map((c, i) => pad(c, width[i]!)).join(' | ')} |`;
	return [line(head), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/**
 * Measures the built site in `dist` and returns the printed report. `runs` Lighthouse runs per
 * page (median reported). Needs Chromium.
 */
export async function lighthouseReport(dist: string, runs = 3, log: (line: string) => void = (l) => console.error(l)): Promise<string> {
	const browser = findBrowser();
	if (!browser) return `没有找到 Chromium，跳过 Lighthouse。\n${installHint()}`;
	if (!existsSync(join(dist, 'index.html'))) return `没有找到构建结果 ${dist}/index.html，跳过 Lighthouse（先运行 npm run build）。`;
	const before = load();
	const paths = files(dist);
	// What a first visit stores (src/features/offline/precache.ts, as the offline integration lists it): the shell, then the page.
	const shell = shellUrls(paths).reduce((n, url) => n + statSync(join(dist, url.slice(1))).size, 0);
	const server = await serve(dist);
	/** The control site (tools/bench-control.ts), once built and served. */
	let control: { origin: string; stop: () => Promise<void>; paragraphs: number } | undefined;
	const controlDir = join(root, '.bench-control');
	const rows: string[][] = [];
	const notes: string[] = [];
	/** Each run's performance score / TBT (ms), per page, in the order run. */
	const spread: string[] = [];
	/** Each run's benchmarkIndex / CPU share of other processes, per page, in the order run. */
	const cpuSpread: string[] = [];
	let about = '';
	/** How long each run waited for a quiet machine. */
	const waits: Array<{ waited: number; quiet: boolean }> = [];
	try {
		// Bytes first (deterministic, one pass in Playwright with service workers blocked), then Lighthouse alone.
		const js = new Map<string, { total: number; inline: number }>();
		const pw = await chromium.launch({ executablePath: browser.path, args: CHROMIUM_ARGS });
		const bytesOf = async (url: string) => {
			const context = await pw.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
			try {
				// The total counts the page's inline scripts once, as the file "(inline)".
				const { total, files } = await jsBeforeInteraction(await context.newPage(), url);
				return { total, inline: files.find((f) => f.url === '(inline)')?.bytes ?? 0 };
			} finally {
				await context.close();
			}
		};
		try {
			for (const [, path] of LIGHTHOUSE_PAGES) if (existsSync(join(dist, path, 'index.html'))) js.set(path, await bytesOf(server.origin + path));
			if (js.has(CONTROL_SOURCE)) {
				log(`对照页：把 ${CONTROL_SOURCE} 的文字放进不加改动的 Starlight，构建中……`);
				const context = await pw.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
				const { title, blocks } = await readBlocks(await context.newPage(), server.origin + CONTROL_SOURCE);
				await context.close();
				const built = buildControl(root, controlDir, controlMarkdown(title, blocks));
				if ('error' in built) notes.push(`对照页没有建成（Starlight 原样构建失败）：\n${built.error}`);
				else {
					const served = await serve(built.dist, false);
					control = { ...served, paragraphs: blocks.length };
					js.set(CONTROL_PATH, await bytesOf(served.origin + '/'));
				}
			}
		} finally {
			await pw.close();
		}
		// Round by round, every page once per round: a burst of load on the machine then spreads over
		// the pages' runs instead of taking all runs of one page (their median would show the burst).
		// The control goes first in each round.
		const targets: Array<{ label: string; path: string; url: string }> = [
			...(control ? [{ label: CONTROL_LABEL, path: CONTROL_PATH, url: `${control.origin}/` }] : []),
			...LIGHTHOUSE_PAGES.filter(([, path]) => js.has(path)).map(([label, path]) => ({ label, path, url: server.origin + path })),
		];
		const byPath = new Map<string, Run[]>(targets.map(({ path }) => [path, []]));
		for (let i = 1; i <= runs; i++) {
			for (const { label, path, url } of targets) {
				const calm = await quiet();
				if (calm) waits.push(calm);
				log(`Lighthouse 第 ${i}/${runs} 轮：${label} ${path}${calm && !calm.quiet ? '（一分钟内机器没有安静下来，照样测）' : ''}`);
				try {
					byPath.get(path)!.push(await lighthouseRun(browser.path, url));
				} catch (error) {
					notes.push(`${path} 第 ${i} 次：${error instanceof Error ? error.message : String(error)}`);
				}
			}
		}
		for (const [label, path] of [...LIGHTHOUSE_PAGES, ...(control ? [[CONTROL_LABEL, CONTROL_PATH] as const] : [])]) {
			const bytes = js.get(path);
			if (!bytes) {
				rows.push([label, path, '（未构建）', '—', '—', '—', '—', '—', '—', '—']);
				continue;
			}
			const results = byPath.get(path) ?? [];
			spread.push(`${label} ${path}：${results.map((r) => `${fixed(r.performance)}/${fixed(r.tbt)}`).join('、')}`);
			cpuSpread.push(`${label} ${path}：${results.map((r) => `${fixed(r.benchmark)}/${fixed(r.others * 100)}%`).join('、')}`);
			const m = (key: 'performance' | 'accessibility' | 'tbt' | 'cls' | 'lcp' | 'dom') => median(results.map((r) => r[key]));
			const offline = path === CONTROL_PATH ? NaN : shell + statSync(join(dist, path, 'index.html')).size;
			rows.push([
				label,
				path,
				fixed(m('performance')),
				`${fixed(m('tbt'))} ms`,
				fixed(m('cls'), 3),
				`${fixed(m('lcp'))} ms`,
				fixed(m('dom')),
				fixed(m('accessibility')),
				`${kb(bytes.total)}（其中内联 ${kb(bytes.inline)}）`,
				kb(offline),
			]);
			const failing = new Map<string, number>();
			for (const r of results) for (const id of r.failing) failing.set(id, (failing.get(id) ?? 0) + 1);
			if (failing.size) notes.push(`${path} 无障碍未通过：${[...failing].map(([id, n]) => `${id}（${n}/${results.length} 次）`).join('，')}`);
			for (const p of new Set(results.flatMap((r) => r.problems))) notes.push(`${path} Lighthouse 提示：${p}`);
			if (!about && results[0]) about = `Lighthouse ${results[0].version}，${results[0].settings}\n浏览器：${browser.path}（${results[0].userAgent}）`;
		}
	} finally {
		await server.stop();
		await control?.stop();
		rmSync(controlDir, { recursive: true, force: true });
	}
	const after = load();
	return [
		`Lighthouse（移动端默认设置，每页 ${runs} 次取中位数，每次全新的浏览器配置 = 首次访问；经由 ${server.via}）`,
		about,
		`负载（loadavg）开始前：${before}`,
		'',
		table(['页面类型', '路径', '性能', 'TBT', 'CLS', 'LCP', 'DOM 元素', '无障碍', '交互前 JS（gzip）', '首次访问离线保存'], rows),
		'',
		`负载（loadavg）结束后：${after}`,
		`每次的性能分数 / TBT（ms），按轮次：`,
		...spread.map((line) => `  ${line}`),
		`每次运行时的机器：Lighthouse 的 CPU 基准（benchmarkIndex，开始时测得，越高越快）/ 运行期间本工具以外的进程占用的 CPU（占全部核心）：`,
		...cpuSpread.map((line) => `  ${line}`),
		waits.length
			? `每次运行前等机器安静（1 秒内 CPU 忙 ≤ 15 %）：共等 ${waits.reduce((n, w) => n + w.waited, 0)} 秒${waits.some((w) => !w.quiet) ? `，${waits.filter((w) => !w.quiet).length} 次一分钟内没有安静下来` : ''}。`
			: '读不到 /proc：没有等机器安静，也没有 CPU 占用的数字。',
		`交互前 JS = 加载、滚动到底、网络空闲前下载的外部脚本（gzip）+ 页面内联脚本（gzip(HTML) − 去掉内联脚本后的 gzip(HTML)）。`,
		`首次访问离线保存 = service worker 首次访问时保存的外壳（脚本、样式、404 页，${kb(shell)}，未压缩）+ 该页 HTML。`,
		...(control
			? [
					`对照 = ${CONTROL_SOURCE} 的文字（${control.paragraphs} 段：标题、段落、列表）写成 Markdown，放进不加任何改动的 Starlight（没有本站的组件、岛屿、流程图、样式，只有 Starlight 自己的脚本），同样经 nginx（只少 CSP 头）；每轮第一个测。议题把原样 Starlight 当作基准（提出时性能 100、TBT 0）：同一轮里对照的 TBT 也高，就是那一轮机器慢。`,
				]
			: []),
		...(notes.length ? ['', ...notes] : ['', '无障碍：每页每次都没有未通过的审计。']),
	].join('\n');
}
