/**
 * The bench's control page (issue 15): the key-account playbook's text as plain Markdown in a bare
 * Starlight site — Starlight's defaults, none of our components, islands, diagrams or CSS — built in
 * a temporary folder and measured by Lighthouse in every round beside our pages.
 *
 * Why: the issue took bare Starlight as the reference (perf 100, TBT 0 when it was filed). On this
 * kind of machine the same build posts TBT from 0 to a few hundred ms from one run to the next. A
 * page with none of our work, measured in the same rounds, shows what the machine gives any page:
 * when the control's TBT rises in a round, the machine was slow, whatever our pages did.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SITE_TITLE } from '../src/model/site.ts';

/** A block of the page's text, in reading order. */
export interface Block {
	kind: 'h2' | 'h3' | 'h4' | 'p' | 'li';
	text: string;
}

/** Markdown's ASCII punctuation that can start or change markup, escaped with a backslash. */
const escape = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');

/** The control page's Markdown source: a title, then the blocks as headings, paragraphs and lists. */
export function controlMarkdown(title: string, blocks: readonly Block[]): string {
	const out: string[] = [];
	let previous: Block['kind'] | undefined;
	for (const { kind, text } of blocks) {
		const line = text.replace(/\s+/g, ' ').trim();
		if (!line) continue;
		// A list's items stay together; everything else is its own paragraph.
		if (!(kind === 'li' && previous === 'li')) out.push('');
		out.push(kind === 'li' ? `- ${escape(line)}` : kind === 'p' ? escape(line) : `${'#'.repeat(Number(kind[1]))} ${escape(line)}`);
		previous = kind;
	}
	// JSON strings are YAML double-quoted strings: any title is safe in the frontmatter.
	return `---\ntitle: ${JSON.stringify(title)}\n---\n${out.join('\n')}\n`;
}

/**
 * Reads the visible text of a built page's article (`.sl-markdown-content`) in reading order:
 * headings, paragraphs, definition terms and descriptions (as paragraphs) and list items, without
 * controls, forms, diagrams or hidden parts. Stage panels that start closed are read too.
 */
export async function readBlocks(page: Page, url: string): Promise<{ title: string; blocks: Block[] }> {
	await page.goto(url, { waitUntil: 'load' });
	return page.evaluate(() => {
		const blocks: Block[] = [];
		const skip = 'script,style,template,button,form,svg,figure,input,select,textarea,.sr-only,[hidden],[aria-hidden="true"]';
		const text = (el: Element) => {
			const copy = el.cloneNode(true) as Element;
			for (const s of copy.querySelectorAll(skip)) s.remove();
			return copy.textContent ?? '';
		};
		const walk = (parent: Element) => {
			for (const el of parent.children) {
				if (el.matches(skip)) continue;
				const tag = el.tagName.toLowerCase();
				if (tag === 'h2' || tag === 'h3' || tag === 'h4') blocks.push({ kind: tag, text: text(el) });
				else if (tag === 'p' || tag === 'dt' || tag === 'dd') blocks.push({ kind: 'p', text: text(el) });
				else if (tag === 'li' && !el.querySelector('li')) blocks.push({ kind: 'li', text: text(el) });
				else walk(el);
			}
		};
		const article = document.querySelector('.sl-markdown-content');
		if (article) walk(article);
		return { title: document.querySelector('h1')?.textContent?.trim() ?? document.title, blocks };
	});
}

/**
 * Writes and builds the bare Starlight site in `dir` (inside the project, so that Node finds
 * Starlight and Astro in its node_modules; not under node_modules, where Vite would not compile it).
 * Returns the built folder, or the build's error.
 */
export function buildControl(root: string, dir: string, markdown: string): { dist: string } | { error: string } {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
	// Declared dependencies make Vite compile Starlight with the site instead of leaving it to Node.
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-control', private: true, type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } }));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: ${JSON.stringify(SITE_TITLE)}, defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })] });
`,
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	writeFileSync(join(dir, 'src/content/docs/index.md'), markdown);
	const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		maxBuffer: 64 * 1024 * 1024,
	});
	if (run.status !== 0) return { error: `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-8).join('\n') };
	return { dist: join(dir, 'dist') };
}
