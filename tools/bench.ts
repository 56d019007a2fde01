// `npm run bench`: builds the site into a temporary folder and prints what it costs — gzip HTML
// and JS loaded before any interaction per page type, bytes of a first search, Lighthouse mobile
// figures per page type (tools/lighthouse.ts), build time cold and with a warm diagram cache, and
// build time of generated sites of 50 and 300 playbooks (made in the temporary folder from copies
// of one playbook, so their flowchart stays cached). Prints figures only; asserts nothing. Needs
// Chromium (for the browser figures and a cold diagram cache).
//   npm run bench -- --lighthouse-only [--dir dist] [--runs 3]   only Lighthouse, on a build already made
//   npm run bench -- --no-lighthouse                             everything but Lighthouse
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './browser.ts';
import { gzipBytes } from './budget.ts';
import { firstSearchBytes, jsBeforeInteraction } from './page-weight.ts';
import { fileUrl } from '../src/features/offline/precache.ts';
import { lighthouseReport } from './lighthouse.ts';

const root = resolve(import.meta.dirname, '..');
const flag = (name: string) => process.argv.includes(`--${name}`);
const option = (name: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const runs = Math.max(1, Number(option('runs') ?? 3) || 3);
const work = mkdtempSync(join(tmpdir(), 'sales-bench-'));
const astro = join(root, 'node_modules/.bin/astro');
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function build(name: string, env: Record<string, string>): { ms: number; ok: boolean; log: string } {
	const start = performance.now();
	const run = spawnSync(astro, ['build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 256 * 1024 * 1024 });
	const ms = performance.now() - start;
	const ok = run.status === 0;
	if (!ok) console.error(`构建 ${name} 失败：\n${(run.stdout + run.stderr).split('\n').slice(-25).join('\n')}`);
	return { ms, ok, log: run.stdout };
}

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name));
}

function siteFigures(dist: string) {
	const html = files(dist).filter((f) => f.endsWith('.html'));
	const gz = html.map((f) => gzipBytes(readFileSync(f)));
	const all = files(dist).reduce((n, f) => n + statSync(f).size, 0);
	return { pages: html.length, htmlGzipTotal: gz.reduce((a, b) => a + b, 0), htmlGzipMax: Math.max(...gz), bytes: all };
}

/** A copy of content/ with `count` playbooks in all: the real ones plus clones of key-account. */
function generateContent(count: number): string {
	const dir = join(work, `content-${count}`);
	cpSync(join(root, 'content'), dir, { recursive: true });
	const books = join(dir, 'docs/playbooks');
	// MDX imports components by relative path ('../../../src/…'): point them back at the project.
	for (const f of files(join(dir, 'docs')).filter((f) => f.endsWith('.mdx')))
		writeFileSync(f, readFileSync(f, 'utf8').replace(/(['"])(?:\.\.\/)+src\//g, `$1${root}/src/`));
	const source = readFileSync(join(books, 'key-account.mdx'), 'utf8');
	const existing = readdirSync(books).length;
	for (let i = 1; i <= count - existing; i++) {
		const text = source.replace(/^title: (.*)$/m, `title: $1（生成 ${i}）`).replace(/^  order: \d+$/m, `  order: ${100 + i}`);
		const name = `generated-${String(i).padStart(3, '0')}`;
		writeFileSync(join(books, `${name}.mdx`), text);
		// Every playbook needs its self-check quiz (issue 8): reuse the original's.
		const quiz = join(dir, 'quizzes/key-account.yaml');
		if (existsSync(quiz)) cpSync(quiz, join(dir, `quizzes/${name}.yaml`));
	}
	return dir;
}

async function main() {
	if (flag('lighthouse-only')) {
		rmSync(work, { recursive: true, force: true });
		const dist = resolve(root, option('dir') ?? process.env.SALES_OUT_DIR ?? 'dist');
		console.log(`基准测试（只测 Lighthouse）：${dist}\n`);
		console.log(await lighthouseReport(dist, runs));
		return;
	}
	console.log(`基准测试：临时目录 ${work}\n`);
	const diagrams = join(work, 'diagrams');
	mkdirSync(diagrams);
	const site = join(work, 'site');
	const env = { SALES_OUT_DIR: site, SALES_CACHE_DIR: join(work, 'astro-cache'), SALES_DIAGRAM_DIR: diagrams };

	const cold = build('冷启动', env);
	if (!cold.ok) {
		console.error('冷启动构建失败（没有 Chromium 时无法渲染流程图）：改用已提交的 cache/diagrams/ 继续。');
		cpSync(join(root, 'cache/diagrams'), diagrams, { recursive: true });
	}
	const warm = build('流程图缓存已热', env);
	if (!warm.ok) process.exit(1);
	const figures = siteFigures(site);

	// Browser figures.
	const browser = findBrowser();
	const rows: string[][] = [];
	let search = { bytes: 0, requests: 0, via: '—' };
	if (browser) {
		const port = 4500 + Math.floor(Math.random() * 400);
		const server = spawn(process.execPath, [join(root, 'tools/serve-dist.mjs'), '--dir', site, '--port', String(port)], { stdio: 'ignore' });
		await new Promise((r) => setTimeout(r, 800));
		const chrome = await chromium.launch({ executablePath: browser.path, args: CHROMIUM_ARGS });
		const pages = files(site)
			.filter((f) => f.endsWith('index.html'))
			.map((f) => fileUrl(relative(site, f)));
		const pick = (re: RegExp, prefer?: string) => (prefer && pages.includes(prefer) ? prefer : pages.find((p) => re.test(p)));
		const types: Array<[string, string | undefined]> = [
			['首页', '/'],
			['手册', pick(/^\/playbooks\/[^/]+\/$/, '/playbooks/key-account/')],
			['模板', pick(/^\/templates\/[^/]+\/$/, '/templates/signing-notice/')],
			['演示', pick(/^\/present\/[^/]+\/$/, '/present/key-account/')],
			['入门课程', pick(/^\/onboarding\/$/)],
			['我的清单', pick(/^\/checklists\/$/)],
		];
		try {
			for (const [label, path] of types) {
				if (!path) {
					rows.push([label, '（未构建）', '—', '—']);
					continue;
				}
				const context = await chrome.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
				const page = await context.newPage();
				const js = await jsBeforeInteraction(page, `http://127.0.0.1:${port}${path}`);
				const html = gzipBytes(readFileSync(join(site, path, 'index.html')));
				rows.push([label, path, kb(html), kb(js.total)]);
				if (label === '手册') search = await firstSearchBytes(page, '签约');
				await context.close();
			}
		} finally {
			await chrome.close();
			server.kill();
		}
	} else console.error('没有找到 Chromium：跳过浏览器里的测量（npx playwright install chromium 或 apt-get install chromium）。');
	// Lighthouse on the same build, alone on the machine (before the generated-site builds).
	const lighthouse = browser && !flag('no-lighthouse') ? await lighthouseReport(site, runs) : undefined;

	// Generated sites.
	const scale: string[][] = [];
	for (const count of [50, 300]) {
		const content = generateContent(count);
		const out = join(work, `site-${count}`);
		const run = build(`${count} 本手册`, { SALES_CONTENT_DIR: content, SALES_OUT_DIR: out, SALES_CACHE_DIR: join(work, `astro-cache-${count}`), SALES_DIAGRAM_DIR: diagrams });
		if (!run.ok) {
			scale.push([String(count), '失败', '—', '—', '—', '—']);
			continue;
		}
		const f = siteFigures(out);
		scale.push([String(count), sec(run.ms), `${(run.ms / count).toFixed(0)} ms`, String(f.pages), kb(f.htmlGzipTotal), kb(f.htmlGzipMax)]);
		rmSync(out, { recursive: true, force: true });
	}

	const table = (head: string[], body: string[][]) => {
		const all = [head, ...body];
		const width = head.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0))));
		const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0)));
		return all.map((r, j) => r.map((c, i) => pad(c, width[i]!)).join('  ') + (j === 0 ? `\n${width.map((w) => '-'.repeat(w)).join('  ')}` : '')).join('\n');
	};
	console.log('\n每类页面（gzip；JS = 交互前加载的 JS：加载、滚动到底、网络空闲）');
	console.log(table(['页面类型', '路径', 'HTML', '交互前 JS'], rows));
	console.log(`\n首次搜索（手册页，“签约”，经由${search.via}）：${kb(search.bytes)}，${search.requests} 个请求`);
	if (lighthouse) console.log(`\n${lighthouse}`);
	console.log(`\n构建：冷启动（流程图缓存为空${cold.ok ? '' : '，失败'}）${sec(cold.ms)}；流程图缓存已热 ${sec(warm.ms)}；${figures.pages} 个页面，HTML 共 ${kb(figures.htmlGzipTotal)} gzip，输出共 ${kb(figures.bytes)}`);
	console.log('\n生成的站点（复制同一本手册，流程图命中缓存）');
	console.log(table(['手册数', '构建时间', '每本', '页面数', 'HTML 共（gzip）', '最大页面 HTML'], scale));
	rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
