/**
 * The deployment tests: the /sales/ build (npm run build:subpath → dist-sales/) served by nginx
 * with the shipped config (deploy/nginx-site.mjs), started here on a loopback port and stopped
 * after. Run by `npm run test:deploy` (part of npm test).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './tools/browser.ts';

const port = Number(process.env.SALES_NGINX_PORT ?? 4501);
export const BASE_PATH = '/sales/';

export default defineConfig({
	testDir: 'tests/deploy',
	workers: 1,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'zh-CN',
		launchOptions: { executablePath: findBrowser()?.path, args: CHROMIUM_ARGS },
	},
	webServer: {
		command: `node tools/nginx-serve.mjs --dist dist-sales --base ${BASE_PATH} --port ${port}`,
		url: `http://127.0.0.1:${port}${BASE_PATH}`,
		reuseExistingServer: false,
		timeout: 30_000,
	},
});
