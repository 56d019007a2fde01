/**
 * WebKit (WebKitGTK's MiniBrowser, the engine of Safari and of every iOS browser including
 * WeChat's) driven through W3C WebDriver: WebKitWebDriver from Debian's webkit2gtk-driver, under
 * xvfb-run (MiniBrowser needs a display), spoken to with plain fetch() calls.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { centre, chord, siteUrl, sleep, type Engine, type EngineOptions, type Key, type Tab } from './driver.ts';
import { freePort, waitForHttp } from './server.ts';

export const MINIBROWSER = process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** WebDriver's codes for the named keys the journeys press. */
const KEYS: Record<string, string> = {
	Control: '\uE009',
	Shift: '\uE008',
	Alt: '\uE00A',
	Meta: '\uE03D',
	Enter: '\uE007',
	Escape: '\uE00C',
	Tab: '\uE004',
	Backspace: '\uE003',
	ArrowLeft: '\uE012',
	ArrowUp: '\uE013',
	ArrowRight: '\uE014',
	ArrowDown: '\uE015',
	PageUp: '\uE00E',
	PageDown: '\uE00F',
	Home: '\uE011',
	End: '\uE010',
	Space: ' ',
};
const code = (k: string) => KEYS[k] ?? k;

const have = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Why WebKit cannot run here, or undefined when it can. */
export function webkitMissing(): string | undefined {
	if (!have('WebKitWebDriver')) return 'WebKitWebDriver 不存在（Debian：apt-get install webkit2gtk-driver）';
	if (!existsSync(MINIBROWSER)) return `${MINIBROWSER} 不存在（Debian：apt-get install webkit2gtk-driver）`;
	if (!have('xvfb-run') && !process.env.DISPLAY) return 'xvfb-run 不存在且没有 DISPLAY（Debian：apt-get install xvfb）';
	return undefined;
}

class WebDriverError extends Error {}

class Session {
	readonly base: string;
	current = '';

	constructor(base: string) {
		this.base = base;
	}

	async cmd<T = any>(method: string, path: string, body?: unknown): Promise<T> {
		const res = await fetch(this.base + path, {
			method,
			headers: method === 'POST' ? { 'content-type': 'application/json; charset=utf-8' } : undefined,
			body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
		});
		const json = (await res.json()) as { value: any };
		if (!res.ok) throw new WebDriverError(`WebDriver ${method} ${path.replace(/^\/session\/[^/]+/, '')}: ${json.value?.error}: ${json.value?.message}`);
		return json.value as T;
	}
}

class WebKitTab implements Tab {
	private readonly engine: WebKitEngine;
	readonly handle: string;

	constructor(engine: WebKitEngine, handle: string) {
		this.engine = engine;
		this.handle = handle;
	}

	/** A command in this tab's browsing context (WebDriver has one current context per session). */
	private async cmd<T = any>(method: string, path: string, body?: unknown): Promise<T> {
		const s = this.engine.session;
		if (s.current !== this.handle) {
			await s.cmd('POST', '/window', { handle: this.handle });
			s.current = this.handle;
		}
		return s.cmd<T>(method, path, body);
	}

	private async element(selector: string): Promise<string> {
		const found = await this.cmd<Record<string, string>>('POST', '/element', { using: 'css selector', value: selector });
		return found[ELEMENT]!;
	}

	async goto(path: string) {
		await this.cmd('POST', '/url', { url: siteUrl(this.engine.origin, path) });
	}
	async reload() {
		await this.cmd('POST', '/refresh');
	}
	async url() {
		return this.cmd<string>('GET', '/url');
	}
	async run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
		const script = `const done = arguments[arguments.length - 1];
			const args = Array.prototype.slice.call(arguments, 0, -1);
			Promise.resolve().then(() => (${fn.toString()})(...args)).then(
				(v) => done({ ok: true, v: v === undefined ? null : v }),
				(e) => done({ ok: false, e: String((e && e.stack) || e) }),
			);`;
		const out = await this.cmd<{ ok: boolean; v: Awaited<R>; e: string }>('POST', '/execute/async', { script, args });
		if (!out.ok) throw new Error(`in the page: ${out.e}`);
		return out.v;
	}
	async click(selector: string) {
		const point = await this.run(centre, selector);
		if (!point) throw new Error(`nothing to click at ${selector}`);
		const at = { type: 'pointerMove', x: point.x, y: point.y, origin: 'viewport', duration: 0 };
		await this.cmd('POST', '/actions', {
			actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [at, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }],
		});
		await this.cmd('DELETE', '/actions');
	}
	async type(selector: string, text: string) {
		await this.cmd('POST', `/element/${await this.element(selector)}/value`, { text });
	}
	async press(...keys: Key[]) {
		const actions: Array<{ type: string; value: string }> = [];
		for (const key of keys) {
			const parts = chord(key).map(code);
			for (const p of parts) actions.push({ type: 'keyDown', value: p });
			for (const p of parts.reverse()) actions.push({ type: 'keyUp', value: p });
		}
		await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
		await this.cmd('DELETE', '/actions');
	}
	async upload(selector: string, file: string) {
		await this.cmd('POST', `/element/${await this.element(selector)}/value`, { text: file });
	}
	async screenshot(file: string) {
		const png = await this.cmd<string>('GET', '/screenshot');
		writeFileSync(file, Buffer.from(png, 'base64'));
	}
	async close() {
		await this.cmd('DELETE', '/window');
		this.engine.session.current = '';
		this.engine.forget(this);
	}
}

export class WebKitEngine implements Engine {
	readonly name = 'webkit';
	version = '';
	readonly origin: string;
	session!: Session;
	private driver: ChildProcess | undefined;
	private config = '';
	private sessionId = '';
	private open: WebKitTab[] = [];

	private constructor(origin: string) {
		this.origin = origin;
	}

	static async launch(options: EngineOptions): Promise<WebKitEngine> {
		const missing = webkitMissing();
		if (missing) throw new Error(`WebKit：${missing}`);
		const engine = new WebKitEngine(options.origin);
		const port = await freePort();
		const command = ['WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'];
		// MiniBrowser saves downloads in the XDG download folder (else in $HOME): point it at ours.
		engine.config = mkdtempSync(join(tmpdir(), 'engines-webkit-'));
		writeFileSync(join(engine.config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${options.downloads}"\n`);
		const env = { ...process.env, XDG_CONFIG_HOME: engine.config };
		// Own process group, so that stopping it also stops xvfb-run's Xvfb and the MiniBrowser.
		const driver = have('xvfb-run')
			? spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', ...command], { detached: true, stdio: 'ignore', env })
			: spawn(command[0]!, command.slice(1), { detached: true, stdio: 'ignore', env });
		engine.driver = driver;
		// Should the test process end without close() (a crash, a cancelled run), take the group along.
		const orphan = () => {
			try {
				if (driver.pid && driver.exitCode === null) process.kill(-driver.pid, 'SIGTERM');
			} catch {
				// already gone
			}
		};
		process.once('exit', orphan);
		driver.once('exit', () => process.off('exit', orphan));
		const base = `http://127.0.0.1:${port}`;
		try {
			await waitForHttp(`${base}/status`, 30_000);
			const created = await new Session(base).cmd<{ sessionId: string; capabilities: Record<string, any> }>('POST', '/session', {
				capabilities: {
					alwaysMatch: {
						pageLoadStrategy: 'normal',
						'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
					},
				},
			});
			engine.sessionId = created.sessionId;
			engine.version = `${created.capabilities.browserName} ${created.capabilities.browserVersion}`;
			engine.session = new Session(`${base}/session/${created.sessionId}`);
			await engine.session.cmd('POST', '/timeouts', { script: 30_000, pageLoad: 60_000, implicit: 0 });
			await engine.session.cmd('POST', '/window/rect', { width: 1280, height: 900 }).catch(() => {});
			engine.session.current = await engine.session.cmd<string>('GET', '/window');
			engine.open.push(new WebKitTab(engine, engine.session.current));
		} catch (error) {
			await engine.close();
			throw error;
		}
		return engine;
	}

	/** The first tab is the session's own window; later ones are new tabs. */
	async newTab(): Promise<Tab> {
		if (this.open.length === 1 && !this.firstTaken) {
			this.firstTaken = true;
			return this.open[0]!;
		}
		const { handle } = await this.session.cmd<{ handle: string }>('POST', '/window/new', { type: 'window' });
		const tab = new WebKitTab(this, handle);
		this.open.push(tab);
		return tab;
	}
	private firstTaken = false;

	tabs(): Tab[] {
		return [...this.open];
	}
	forget(tab: WebKitTab) {
		this.open = this.open.filter((t) => t !== tab);
	}

	async close() {
		if (this.sessionId) await this.session.cmd('DELETE', '').catch(() => {});
		this.sessionId = '';
		const driver = this.driver;
		this.driver = undefined;
		if (driver?.pid) {
			const exited = new Promise<void>((resolve) => driver.once('exit', () => resolve()));
			try {
				process.kill(-driver.pid, 'SIGTERM');
			} catch {
				// already gone
			}
			await Promise.race([exited, sleep(5_000)]);
		}
		if (this.config) rmSync(this.config, { recursive: true, force: true });
		this.config = '';
	}
}
