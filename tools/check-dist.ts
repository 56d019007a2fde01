// Checks the built site after `npm run build` (part of `npm test`): no broken internal link or
// anchor, no page over the HTML budget, no Mermaid code shipped, zero errors from the W3C Nu HTML
// checker (vnu-jar, needs Java), a strict script policy on every page, every page the content
// asks for built, none of the source's damaged strings, and for a sub-path build nothing outside
// the base path. Usage: node tools/check-dist.ts [--dir dist] [--base /sales/] [--skip-vnu]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { brokenLinks, pageRefs } from './link-check.ts';
import { fileUrl } from '../src/features/offline/precache.ts';
import { normalizeBase, routes } from '../src/model/routes.ts';
import { contentPlaybooks, contentTemplates, DAMAGED } from './content.ts';
import {
	elementCount,
	FIRST_VISIT_BUDGET,
	gzipBytes,
	htmlOverBudget,
	inlineScriptBytes,
	mermaidMarkers,
	MERMAID_BUDGET,
	moduleScripts,
	PAGE_HTML_BUDGET,
	PALETTE_INDEX_BUDGET,
	PLAYBOOK_DOM_BUDGET,
	PLAYBOOK_JS_BUDGET,
	staticClosure,
} from './budget.ts';
import { contentDir } from '../src/model/content-dir.ts';
import { pagePlaybook } from '../src/features/flowcharts/page.ts';
import { splitFrontmatter } from './diagram-inventory.ts';
import { doubledPunctuation, englishWords, markItems, mixedStageNouns, unmarkedEditorial } from './content-lint.ts';
import { pageText } from './page-text.ts';

const arg = (name: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const dist = resolve(arg('dir') ?? process.env.SALES_OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`没有找到构建结果 ${dist}/index.html，请先运行 npm run build。`);
	process.exit(1);
}

const base = normalizeBase(arg('base') ?? process.env.BASE_PATH);
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile())
	.map((e) => relative(dist, join(e.parentPath, e.name)).split('\\').join('/'));
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const problems: string[] = [];

// Links and anchors.
const pages = htmlFiles.map((f) => pageRefs(fileUrl(f, base), readFileSync(join(dist, f), 'utf8')));
const exists = (path: string) => {
	const full = join(dist, path);
	return full.startsWith(dist) && existsSync(full) && statSync(full).isFile();
};
const broken = brokenLinks(pages, exists, base);
for (const b of broken) problems.push(`断链 ${b.page} → ${b.href}：${b.reason}`);
const refCount = pages.reduce((n, p) => n + p.refs.length, 0);
console.log(`链接：${htmlFiles.length} 个页面（部署路径 ${base}），${refCount} 个站内外引用，断链 ${broken.length} 个`);

// URLs the scripts use: the palette's targets and the service worker's precache list and scope.
const outside = (where: string, urls: string[]) => {
	for (const u of urls.filter((u) => !u.startsWith(base))) problems.push(`${where}：${u} 不在部署路径 ${base} 之下`);
};
outside('palette-index.json', (JSON.parse(readFileSync(join(dist, 'palette-index.json'), 'utf8')) as Array<{ h: string }>).map((e) => e.h));
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const swList = (name: string) => JSON.parse(new RegExp(`const ${name} = (\\[.*?\\]);`, 's').exec(sw)?.[1] ?? `["(sw.js 中没有 ${name})"]`) as string[];
outside('sw.js 全部离线列表', swList('ALL'));
outside('sw.js 首次访问列表', swList('SHELL'));

// What a first visit stores: the shell plus the largest page a reader may open first.
const shellBytes = swList('SHELL').reduce((n, u) => n + (exists(`/${u.slice(base.length)}`) ? statSync(join(dist, u.slice(base.length))).size : 0), 0);
const largestPage = Math.max(...htmlFiles.map((f) => statSync(join(dist, f)).size));
if (shellBytes + largestPage > FIRST_VISIT_BUDGET) problems.push(`首次访问保存 ${shellBytes + largestPage} 字节，超过 ${FIRST_VISIT_BUDGET}`);
console.log(`首次访问离线保存：${shellBytes} 字节（脚本、样式、404）+ 最大页面 ${largestPage} 字节（上限 ${FIRST_VISIT_BUDGET}）`);
outside('sw.js 作用域', [JSON.parse(/const BASE = ("[^"]*");/.exec(sw)?.[1] ?? '"(没有找到 BASE)"') as string]);

// HTML budget.
const sizes = htmlFiles.map((f) => ({ url: fileUrl(f), htmlGzip: gzipBytes(readFileSync(join(dist, f))) }));
problems.push(...htmlOverBudget(sizes));
const largest = [...sizes].sort((a, b) => b.htmlGzip - a.htmlGzip)[0]!;
console.log(`HTML：最大 ${largest.url} ${largest.htmlGzip} 字节 gzip（上限 ${PAGE_HTML_BUDGET}）`);

// Playbook pages (issue 15): JS before any interaction — the module scripts the page loads and
// everything they import statically, plus the scripts written into the page — and elements in the
// DOM (the page's scripts add none on load: e2e checks that the markup after load is the server's).
for (const page of htmlFiles.filter((f) => /^playbooks\/[^/]+\/index\.html$/.test(f))) {
	const html = readFileSync(join(dist, page), 'utf8');
	const entries = moduleScripts(html);
	outside(`${page} 的脚本`, entries);
	const chunks = staticClosure(
		entries.filter((u) => u.startsWith(base)).map((u) => u.slice(base.length)),
		(f) => readFileSync(join(dist, f), 'utf8'),
	).map((f) => ({ f, bytes: gzipBytes(readFileSync(join(dist, f))) }));
	const inline = inlineScriptBytes(html);
	const js = chunks.reduce((n, c) => n + c.bytes, 0) + inline;
	if (js > PLAYBOOK_JS_BUDGET)
		problems.push(`${page}：交互前脚本 ${js} 字节 gzip，超过 ${PLAYBOOK_JS_BUDGET}（${[...chunks.map((c) => `${c.f} ${c.bytes}`), `内联 ${inline}`].join('，')}）`);
	const elements = elementCount(html);
	if (elements > PLAYBOOK_DOM_BUDGET) problems.push(`${page}：${elements} 个元素，超过 ${PLAYBOOK_DOM_BUDGET}`);
	console.log(`${page}：交互前脚本 ${js} 字节 gzip（其中内联 ${inline}，上限 ${PLAYBOOK_JS_BUDGET}），${elements} 个元素（上限 ${PLAYBOOK_DOM_BUDGET}）`);
}

// The palette's index, fetched when the palette first opens.
const paletteIndex = join(dist, 'palette-index.json');
if (!existsSync(paletteIndex)) problems.push('快速跳转索引：没有生成 palette-index.json');
else {
	const bytes = gzipBytes(readFileSync(paletteIndex));
	if (bytes > PALETTE_INDEX_BUDGET) problems.push(`快速跳转索引：${bytes} 字节 gzip，超过 ${PALETTE_INDEX_BUDGET}`);
	console.log(`快速跳转索引：${bytes} 字节 gzip（上限 ${PALETTE_INDEX_BUDGET}）`);
}

// Mermaid: no library code, no diagram left for the browser.
let mermaidBytes = 0;
for (const f of files.filter((f) => /\.(m?js|html)$/.test(f))) {
	const text = readFileSync(join(dist, f), 'utf8');
	const found = mermaidMarkers(text);
	if (found.length) {
		mermaidBytes += gzipBytes(text);
		problems.push(`Mermaid：${f} 含有 ${found.join(', ')}`);
	}
}
if (mermaidBytes > MERMAID_BUDGET) problems.push(`Mermaid：共 ${mermaidBytes} 字节 gzip，上限 ${MERMAID_BUDGET}`);
console.log(`Mermaid：${mermaidBytes} 字节`);

// Content lint of built text (issue 13): what readers and screen readers get.
{
	const lint: string[] = [];
	for (const f of htmlFiles) {
		const url = fileUrl(f, base);
		const { text, attributes } = pageText(readFileSync(join(dist, f), 'utf8'), { svg: true });
		for (const d of doubledPunctuation([text, ...attributes].join('\n'))) lint.push(`重复标点 ${url}：“${d}”`);
		const english = englishWords([text, ...attributes].join('\n'));
		if (english.length) lint.push(`英文界面文字 ${url}：${english.join('、')}`);
	}
	// Every playbook's page, print sheet and deck: one stage noun, and every editorial field marked.
	const docs = join(contentDir(), 'docs/playbooks');
	for (const file of readdirSync(docs).filter((f) => f.endsWith('.mdx'))) {
		const slug = file.replace(/\.mdx$/, '');
		const book = pagePlaybook(slug, splitFrontmatter(readFileSync(join(docs, file), 'utf8')).frontmatter);
		if (!book) continue;
		const noun = book.stageNoun;
		const items = markItems(book.stages, (s) => (s as (typeof book.stages)[number]).ordinal);
		const outputs: Array<[string, string, Parameters<typeof pageText>[1]]> = [
			['页面', `playbooks/${slug}/index.html`, { within: 'main', skip: ['sl-anchor-link', 'starlight-toc', 'mobile-starlight-toc', 'nav'] }],
			['打印清单', `checklists/${slug}/index.html`, { skip: ['nav', 'header'] }],
			['演示', `present/${slug}/index.html`, { skip: ['nav'] }],
		];
		for (const [what, f, options] of outputs) {
			if (!existsSync(join(dist, f))) continue;
			const html = readFileSync(join(dist, f), 'utf8');
			// Flowchart labels and links count for the noun (they say 阶段 too), not for the marks.
			const { text, attributes } = pageText(html, { ...options, svg: true });
			for (const m of mixedStageNouns([text, ...attributes].join('\n'), noun)) lint.push(`${noun}/阶段混用 ${what} /${f.replace(/index\.html$/, '')}：“${m}”`);
			// The print sheet has no keywords line (a keyword met in a task there is the task's text).
			const shown = what === '打印清单' ? items.filter((i) => !i.label.endsWith('/ 关键词')) : items;
			for (const label of unmarkedEditorial(pageText(html, options).text, shown)) lint.push(`缺少编者补充标记 ${what} /${f.replace(/index\.html$/, '')}：${label}`);
		}
	}
	problems.push(...lint);
	console.log(`内容检查：重复标点、英文界面文字、阶段/步骤混用、编者补充标记，问题 ${lint.length} 个`);
}

// Our own scripts: Mermaid's smallest build is hundreds of kB, none of ours is anywhere near.
const OWN_SCRIPT_LIMIT = 150_000;
for (const f of files.filter((f) => f.startsWith('_astro/') && /\.m?js$/.test(f))) {
	const bytes = statSync(join(dist, f)).size;
	if (bytes >= OWN_SCRIPT_LIMIT) problems.push(`脚本：${f} 有 ${bytes} 字节，超过 ${OWN_SCRIPT_LIMIT}（是否打包进了 Mermaid？）`);
}

// Content Security Policy: every page carries one, and its scripts come only from the site.
for (const f of htmlFiles) {
	const html = readFileSync(join(dist, f), 'utf8');
	const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html)?.[1];
	const scriptSrc = /script-src ([^;]*)/.exec(meta ?? '')?.[1];
	if (!scriptSrc) problems.push(`CSP：${f} 没有 script-src 策略`);
	else if (!scriptSrc.includes("'self'") || /'unsafe-inline'|'unsafe-eval'|\*/.test(scriptSrc)) problems.push(`CSP：${f} 的 script-src 不够严格（${scriptSrc.split(' ').filter((t) => !t.startsWith("'sha")).join(' ')}）`);
}
console.log(`CSP：${htmlFiles.length} 个页面已检查`);

// Every page the content asks for was built.
const expected = [
	...contentPlaybooks().flatMap((p) => [p.href, p.printHref, p.deckHref, p.quizHref]),
	...contentTemplates().map((t) => routes.template(t.id)),
	...[routes.home(), routes.glossary(), routes.templates(), routes.myRuns(), routes.onboarding(), routes.courseRecord()],
];
for (const url of expected) if (!exists(`${url}index.html`)) problems.push(`缺页：没有构建 ${url}`);

// The damaged strings of the source never reach a page.
for (const f of htmlFiles) {
	const html = readFileSync(join(dist, f), 'utf8');
	for (const bad of DAMAGED) if (html.includes(bad)) problems.push(`原文错字：${f} 含有“${bad}”`);
}

// W3C Nu HTML checker.
if (!process.argv.includes('--skip-vnu')) {
	const jar = String(createRequire(import.meta.url)('vnu-jar'));
	const run = spawnSync('java', ['-Xss2m', '-jar', jar, '--errors-only', '--skip-non-html', '--exit-zero-always', dist], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (run.error || run.status !== 0) {
		problems.push(`vnu：无法运行 java -jar ${jar}（${run.error?.message ?? run.stderr.trim()}）。需要 Java 8 或更新版本（Debian：apt-get install -y default-jre-headless）。`);
	} else {
		// Starlight's sidebar persister marks its inline scripts aria-hidden on purpose (a VoiceOver
		// workaround, withastro/starlight#2633); the checker calls that invalid. Harmless: ignored.
		const starlightPersister = (l: string) => l.includes('“aria-hidden” attribute must not be specified on the “script” element');
		const errors = run.stderr.split('\n').filter((l) => (l.includes(': error:') || l.includes(': fatal:')) && !starlightPersister(l));
		for (const e of errors) problems.push(`vnu ${e.replace(/^"file:[^"]*?\/([^/"]*\/)*?dist/, '"').replace(`"file:${dist}`, '"')}`);
		console.log(`vnu：${htmlFiles.length} 个页面，错误 ${errors.length} 个`);
	}
}

if (problems.length) {
	console.error(`\n构建结果检查失败（${problems.length} 项）：\n${problems.map((p) => `  ${p}`).join('\n')}`);
	process.exit(1);
}
console.log('构建结果检查通过。');
