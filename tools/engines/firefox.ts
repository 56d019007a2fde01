/**
 * Firefox (Debian's firefox-esr) driven through WebDriver BiDi by puppeteer-core: no extra
 * driver, no browser download. Headless; a profile of its own that receives real downloads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { centre, chord, siteUrl, type Engine, type EngineOptions, type Key, type Tab } from './driver.ts';

const have = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** The Firefox to drive: FIREFOX_PATH, else Debian's firefox-esr, else a system firefox. */
export function firefoxPath(): string | undefined {
	if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
	for (const path of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (existsSync(path)) return path;
	return have('firefox') ? 'firefox' : undefined;
}

export function firefoxMissing(): string | undefined {
	return firefoxPath() ? undefined : 'Firefox 不存在（Debian：apt-get install firefox-esr，或设置 FIREFOX_PATH）';
}

class FirefoxTab implements Tab {
	private readonly engine: FirefoxEngine;
	readonly page: Page;

	private errors: string[] = [];

	constructor(engine: FirefoxEngine, page: Page) {
		this.engine = engine;
		this.page = page;
		page.on('pageerror', (e) => this.errors.push(`uncaught: ${e instanceof Error ? e.message : String(e)}`));
		page.on('console', (m) => {
			if (m.type() === 'error') this.errors.push(`console: ${m.text()}`);
		});
	}
	takeErrors() {
		return this.errors.splice(0);
	}
	async goto(path: string) {
		await this.page.goto(siteUrl(this.engine.origin, path), { waitUntil: 'load', timeout: 60_000 });
	}
	async reload() {
		await this.page.reload({ waitUntil: 'load', timeout: 60_000 });
	}
	async url() {
		return this.page.url();
	}
	async run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
		// puppeteer sends the function's source text (BiDi script.callFunction), as WebDriver does.
		return this.page.evaluate(fn as (...a: unknown[]) => R, ...(args as unknown[])) as Promise<Awaited<R>>;
	}
	async click(selector: string) {
		const point = await this.run(centre, selector);
		if (!point) throw new Error(`nothing to click at ${selector}`);
		await this.page.mouse.click(point.x, point.y);
	}
	async type(selector: string, text: string) {
		await this.page.focus(selector);
		await this.page.keyboard.type(text);
	}
	async press(...keys: Key[]) {
		for (const key of keys) {
			const parts = chord(key) as KeyInput[];
			for (const p of parts) await this.page.keyboard.down(p);
			for (const p of parts.reverse()) await this.page.keyboard.up(p);
		}
	}
	async upload(selector: string, file: string) {
		const input = await this.page.$(selector);
		if (!input) throw new Error(`no element ${selector}`);
		await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(file);
	}
	async screenshot(file: string) {
		await this.page.screenshot({ path: file as `${string}.png` });
	}
	async close() {
		await this.page.close();
		this.engine.forget(this);
	}
}

export class FirefoxEngine implements Engine {
	readonly name = 'firefox';
	version = '';
	readonly origin: string;
	private browser!: Browser;
	private open: FirefoxTab[] = [];

	private constructor(origin: string) {
		this.origin = origin;
	}

	static async launch(options: EngineOptions): Promise<FirefoxEngine> {
		const executablePath = firefoxPath();
		if (!executablePath) throw new Error(`Firefox：${firefoxMissing()}`);
		const engine = new FirefoxEngine(options.origin);
		engine.browser = await puppeteer.launch({
			browser: 'firefox',
			executablePath,
			headless: true,
			defaultViewport: { width: 1280, height: 900 },
			extraPrefsFirefox: {
				// Real downloads land in the test's folder without asking.
				'browser.download.folderList': 2,
				'browser.download.dir': options.downloads,
				'browser.download.useDownloadDir': true,
				'browser.download.always_ask_before_handling_new_types': false,
				'browser.download.start_downloads_in_tmp_dir': false,
				'browser.helperApps.neverAsk.saveToDisk': 'application/json',
				'intl.accept_languages': 'zh-CN,zh',
			},
		});
		engine.version = await engine.browser.version();
		// The first tab Firefox opens is reused.
		const [first] = await engine.browser.pages();
		if (first) engine.open.push(new FirefoxTab(engine, first));
		return engine;
	}

	private firstTaken = false;
	async newTab(): Promise<Tab> {
		if (this.open.length === 1 && !this.firstTaken) {
			this.firstTaken = true;
			return this.open[0]!;
		}
		const tab = new FirefoxTab(this, await this.browser.newPage());
		this.open.push(tab);
		return tab;
	}
	tabs(): Tab[] {
		return [...this.open];
	}
	forget(tab: FirefoxTab) {
		this.open = this.open.filter((t) => t !== tab);
	}
	async close() {
		await this.browser?.close().catch(() => {});
	}
}
