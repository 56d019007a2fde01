// Makes sure the end-to-end tests have a Chromium: $CHROMIUM_PATH, a system Chromium/Chrome, or
// Playwright's own. Where there is none it installs one (Debian's chromium + fonts-noto-cjk when
// running as root on Debian; else Playwright's installer) or stops with the exact command to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, installHint } from './browser.ts';

function run(cmd) {
	console.log(`$ ${cmd}`);
	execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

let found = findBrowser();
if (!found) {
	const rootOnDebian = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version');
	try {
		if (rootOnDebian) run('apt-get update && apt-get install -y chromium fonts-noto-cjk');
		else run('npx playwright install chromium');
	} catch {
		// Reported below.
	}
	found = findBrowser();
}
if (!found) {
	console.error(`\n${installHint()}\n`);
	process.exit(1);
}
console.log(`端到端测试使用的浏览器：${found.path}（${found.source}）`);
