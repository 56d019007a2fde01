// Checks the built site after `npm run build` (part of `npm test`): no broken internal link or
// anchor, no page over the HTML budget, no Mermaid code shipped, zero errors from the W3C Nu HTML
// checker (vnu-jar, needs Java), a strict script policy on every page, every page the content
// asks for built, and none of the source's damaged strings. Usage: node tools/check-dist.ts [--dir dist] [--skip-vnu]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { brokenLinks, pageRefs } from './link-check.ts';
import { fileUrl } from '../src/features/offline/precache.ts';
import { routes } from '../src/model/routes.ts';
import { contentPlaybooks, contentTemplates, DAMAGED } from './content.ts';
import {
	CHECKLIST_ISLANDS,
	CHECKLIST_JS_BUDGET,
	gzipBytes,
	htmlOverBudget,
	islandUrls,
	mermaidMarkers,
	MERMAID_BUDGET,
	PAGE_HTML_BUDGET,
	PALETTE_INDEX_BUDGET,
	RUNTIME_CHUNK,
	staticClosure,
} from './budget.ts';

const arg = (name: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const dist = resolve(arg('dir') ?? process.env.SALES_OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`没有找到构建结果 ${dist}/index.html，请先运行 npm run build。`);
	process.exit(1);
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}
const files = listFiles(dist).map((f) => relative(dist, f).split('\\').join('/'));
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const problems: string[] = [];

// Links and anchors.
const pages = htmlFiles.map((f) => pageRefs(fileUrl(f), readFileSync(join(dist, f), 'utf8')));
const exists = (path: string) => {
	const full = join(dist, path);
	return full.startsWith(dist) && existsSync(full) && statSync(full).isFile();
};
const broken = brokenLinks(pages, exists);
for (const b of broken) problems.push(`断链 ${b.page} → ${b.href}：${b.reason}`);
const refCount = pages.reduce((n, p) => n + p.refs.length, 0);
console.log(`链接：${htmlFiles.length} 个页面，${refCount} 个站内外引用，断链 ${broken.length} 个`);

// HTML budget.
const sizes = htmlFiles.map((f) => ({ url: fileUrl(f), htmlGzip: gzipBytes(readFileSync(join(dist, f))) }));
problems.push(...htmlOverBudget(sizes));
const largest = [...sizes].sort((a, b) => b.htmlGzip - a.htmlGzip)[0]!;
console.log(`HTML：最大 ${largest.url} ${largest.htmlGzip} 字节 gzip（上限 ${PAGE_HTML_BUDGET}）`);

// The checklist's own JS (issue 4): its islands and their static imports, without the shared
// Preact runtime (counted with everything else in the playbook-page budget, asserted in e2e).
const playbookPage = htmlFiles.find((f) => /^playbooks\/[^/]+\/index\.html$/.test(f));
if (playbookPage) {
	const entries = islandUrls(readFileSync(join(dist, playbookPage), 'utf8'), CHECKLIST_ISLANDS).map((u) => u.replace(/^\//, ''));
	if (entries.length !== CHECKLIST_ISLANDS.length) problems.push(`清单脚本：${playbookPage} 中没有找到 ${CHECKLIST_ISLANDS.join('、')} 组件`);
	const chunks = staticClosure(entries, (f) => readFileSync(join(dist, f), 'utf8')).map((f) => ({ f, bytes: gzipBytes(readFileSync(join(dist, f))) }));
	const isRuntime = (f: string) => RUNTIME_CHUNK.test(f.slice(f.lastIndexOf('/') + 1));
	const mine = chunks.filter((c) => !isRuntime(c.f));
	const sum = (cs: typeof chunks) => cs.reduce((n, c) => n + c.bytes, 0);
	const own = sum(mine);
	const runtime = sum(chunks) - own;
	if (own > CHECKLIST_JS_BUDGET) problems.push(`清单脚本：${own} 字节 gzip，超过 ${CHECKLIST_JS_BUDGET}（${mine.map((c) => `${c.f} ${c.bytes}`).join('，')}）`);
	console.log(`清单脚本：组件与存储 ${own} 字节 gzip（上限 ${CHECKLIST_JS_BUDGET}），另有共用的 Preact 运行时 ${runtime} 字节`);
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
		const errors = run.stderr.split('\n').filter((l) => l.includes(': error:') || l.includes(': fatal:'));
		for (const e of errors) problems.push(`vnu ${e.replace(/^"file:[^"]*?\/([^/"]*\/)*?dist/, '"').replace(`"file:${dist}`, '"')}`);
		console.log(`vnu：${htmlFiles.length} 个页面，错误 ${errors.length} 个`);
	}
}

if (problems.length) {
	console.error(`\n构建结果检查失败（${problems.length} 项）：\n${problems.map((p) => `  ${p}`).join('\n')}`);
	process.exit(1);
}
console.log('构建结果检查通过。');
