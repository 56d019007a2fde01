import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './src/lib/browser.ts';

const browser = findBrowser();

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 60_000,
	use: {
		baseURL: 'http://127.0.0.1:4321',
		locale: 'zh-CN',
		launchOptions: { executablePath: browser?.path, args: CHROMIUM_ARGS },
	},
	webServer: {
		command: 'npx astro preview --port 4321 --host 127.0.0.1',
		url: 'http://127.0.0.1:4321/',
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
