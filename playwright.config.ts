import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './tools/browser.ts';

const browser = findBrowser();
/** SALES_PORT lets several checkouts test side by side; the build's folder follows SALES_OUT_DIR. */
const port = Number(process.env.SALES_PORT ?? 4321);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [["list"]],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'zh-CN',
		// The site's service worker is tested on purpose in hardening.spec.ts (offline); elsewhere it
		// would answer requests that tests watch on the network, so pages are tested as on a first visit.
		serviceWorkers: 'block',
		launchOptions: { executablePath: browser?.path, args: CHROMIUM_ARGS },
	},
	webServer: {
		command: `node tools/serve-dist.mjs --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
