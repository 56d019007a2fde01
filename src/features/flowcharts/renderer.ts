/**
 * Build-time Mermaid rendering: one headless Chromium for the whole build, started only when a
 * diagram is not in the on-disk cache. Cached SVGs are committed (cache/diagrams/), so building
 * without a browser works until someone changes a diagram.
 */
import { mkdir, readFile, rename, writeFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { diagramKey, type RenderSettings } from './diagram-source.ts';

const require = createRequire(import.meta.url);

/** Font the diagrams are laid out in; the site's CSS asks for the same one first. */
export const DIAGRAM_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif';

/** Id Mermaid renders with; replaced per page so several diagrams can share a page. */
export const RENDER_ID = 'zzfczz';

/** Everything that shapes the SVG. Part of the cache key. */
export const RENDER_SETTINGS: RenderSettings = {
	mermaidVersion: (require('mermaid/package.json') as { version: string }).version,
	rendererVersion: 1,
	config: {
		startOnLoad: false,
		securityLevel: 'strict',
		theme: 'base',
		look: 'classic',
		htmlLabels: false,
		fontFamily: DIAGRAM_FONT,
		flowchart: { htmlLabels: false, curve: 'basis', useMaxWidth: true, padding: 12, nodeSpacing: 40, rankSpacing: 44, wrappingWidth: 180 },
		themeVariables: { fontSize: '16px' },
	},
};

/** A Mermaid syntax error, with the line of the rendered source it names. */
export class DiagramSyntaxError extends Error {
	readonly line: number | undefined;
	constructor(message: string, line: number | undefined) {
		super(message);
		this.line = line;
	}
}

/**
 * How the renderer gets a Chromium when a diagram is not cached: a path and launch flags, or the
 * message to show when there is none (the build's config passes tools/browser.ts's finder).
 */
export type BrowserLocator = () => { path: string; args: string[] } | { missing: string };

/** Renders diagram sources to SVG strings through the cache. */
export class DiagramRenderer {
	#browser: Promise<Browser> | undefined;
	#page: Promise<Page> | undefined;
	#queue: Promise<unknown> = Promise.resolve();
	/** Keys served during this build, so a build can report what it used. */
	readonly used = new Set<string>();
	rendered = 0;

	readonly cacheDir: string;
	readonly #locate: BrowserLocator;
	constructor(cacheDir: string, locate: BrowserLocator) {
		this.cacheDir = cacheDir;
		this.#locate = locate;
	}

	/** Cache file of a prepared source. */
	pathFor(key: string): string {
		return join(this.cacheDir, `${key}.svg`);
	}

	/** SVG for a prepared source: from the cache, or rendered now and stored. */
	async svgFor(source: string): Promise<string> {
		const key = diagramKey(source, RENDER_SETTINGS);
		this.used.add(key);
		const file = this.pathFor(key);
		if (existsSync(file)) return readFile(file, 'utf8');
		const svg = await this.#enqueue(() => this.#render(source));
		await mkdir(this.cacheDir, { recursive: true });
		const tmp = `${file}.${process.pid}.tmp`;
		await writeFile(tmp, svg);
		await rename(tmp, file);
		this.rendered++;
		return svg;
	}

	/** Cache files no diagram of this build used. */
	async unused(): Promise<string[]> {
		if (!existsSync(this.cacheDir)) return [];
		return (await readdir(this.cacheDir)).filter((f) => f.endsWith('.svg') && !this.used.has(f.slice(0, -4)));
	}

	#enqueue<T>(job: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(job, job);
		this.#queue = run.catch(() => undefined);
		return run;
	}

	async #openPage() {
		const found = this.#locate();
		if ('missing' in found)
			throw new Error(`有流程图尚未渲染（cache/diagrams/ 中没有它的 SVG），渲染需要 Chromium。\n${found.missing}\n然后重新构建；渲染结果请提交到 git。`);
		this.#browser ??= chromium.launch({ executablePath: found.path, args: found.args });
		const browser = await this.#browser;
		const page = await browser.newPage();
		await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
		await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
		const hasCjk = await page.evaluate(async (font) => {
			await document.fonts.load(`16px ${font}`, '阶段');
			// A font that covers CJK draws 阶 wider than a missing-glyph fallback would be narrow.
			const canvas = document.createElement('canvas').getContext('2d')!;
			canvas.font = `16px ${font}`;
			return canvas.measureText('阶段').width > 20 && document.fonts.check(`16px "Noto Sans CJK SC"`, '阶段');
		}, DIAGRAM_FONT);
		if (!hasCjk)
			throw new Error(
				'本机没有中文字体 Noto Sans CJK SC，流程图的中文会排版错误。请先安装：sudo apt-get install -y fonts-noto-cjk',
			);
		await page.evaluate((config) => (window as any).mermaid.initialize(config), RENDER_SETTINGS.config);
		return page;
	}

	async #render(source: string): Promise<string> {
		this.#page ??= this.#openPage();
		const page = await this.#page;
		const result = await page.evaluate(
			async ({ source, id }) => {
				const mermaid = (window as any).mermaid;
				try {
					await mermaid.parse(source);
				} catch (error) {
					return { error: String((error as Error)?.message ?? error) };
				}
				const { svg } = await mermaid.render(id, source);
				return { svg };
			},
			{ source, id: RENDER_ID },
		);
		if ('error' in result && result.error !== undefined) {
			const line = /line (\d+)/i.exec(result.error)?.[1];
			throw new DiagramSyntaxError(result.error, line ? Number(line) : undefined);
		}
		return result.svg!;
	}

	/** Closes the browser if one was started. */
	async close(): Promise<void> {
		const browser = this.#browser;
		this.#browser = undefined;
		this.#page = undefined;
		if (browser) await (await browser).close().catch(() => undefined);
	}
}
