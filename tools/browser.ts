/**
 * Finding a Chromium to drive, for build-time diagram rendering and for the end-to-end tests.
 * Order: $CHROMIUM_PATH, then a system Chromium or Chrome, then Playwright's own download.
 * Pure Node (no Astro, no Vite) so that plain `node` scripts can import it.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags every launch needs on these machines (root, closed network, no GPU). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

/** System locations checked after $CHROMIUM_PATH, in order. */
export const SYSTEM_BROWSERS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Where a browser came from, for messages. */
export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'playwright';

export interface FoundBrowser {
	path: string;
	source: BrowserSource;
}

/** Playwright's own Chromium, if `playwright install chromium` has put one on this machine. */
function playwrightChromium(): string | undefined {
	try {
		const require = createRequire(import.meta.url);
		const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The first usable browser, or undefined. `exists` is injectable for tests.
 * A CHROMIUM_PATH that points nowhere is an error: the user asked for that browser.
 */
export function findBrowser(
	env: Record<string, string | undefined> = process.env,
	exists: (path: string) => boolean = existsSync,
	bundled: () => string | undefined = playwrightChromium,
): FoundBrowser | undefined {
	const fromEnv = env.CHROMIUM_PATH?.trim();
	if (fromEnv) {
		if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} 不存在。请改为本机 Chromium/Chrome 的路径，或删除该变量。`);
		return { path: fromEnv, source: 'CHROMIUM_PATH' };
	}
	const system = SYSTEM_BROWSERS.find((p) => exists(p));
	if (system) return { path: system, source: 'system' };
	const own = bundled();
	return own ? { path: own, source: 'playwright' } : undefined;
}

/** What to tell someone who has no browser: the exact commands for their machine. */
export function installHint(platform: NodeJS.Platform = process.platform): string {
	const lines = ['没有找到 Chromium 或 Chrome。请任选其一：'];
	if (platform === 'linux') lines.push('  sudo apt-get install -y chromium fonts-noto-cjk    # Debian / Ubuntu');
	lines.push('  npx playwright install chromium                    # Playwright 自带的 Chromium');
	lines.push('  或设置 CHROMIUM_PATH=/path/to/chrome');
	return lines.join('\n');
}

/** The diagram renderer's browser locator (see src/features/flowcharts/renderer.ts). */
export function locateChromium(): { path: string; args: string[] } | { missing: string } {
	const found = findBrowser();
	return found ? { path: found.path, args: CHROMIUM_ARGS } : { missing: installHint() };
}
