import { describe, expect, it } from 'vitest';
import { findBrowser, installHint } from '../../tools/browser.ts';

const none = () => undefined;

describe('findBrowser', () => {
	it('prefers CHROMIUM_PATH', () => {
		expect(findBrowser({ CHROMIUM_PATH: '/opt/c/chrome' }, () => true, none)).toEqual({ path: '/opt/c/chrome', source: 'CHROMIUM_PATH' });
	});
	it('fails loudly when CHROMIUM_PATH points nowhere', () => {
		expect(() => findBrowser({ CHROMIUM_PATH: '/nope' }, () => false, none)).toThrow(/CHROMIUM_PATH=\/nope/);
	});
	it('falls back to a system Chromium, then to Playwright’s own', () => {
		expect(findBrowser({}, (p) => p === '/usr/bin/google-chrome', none)?.path).toBe('/usr/bin/google-chrome');
		expect(findBrowser({}, () => false, () => '/pw/chrome')).toEqual({ path: '/pw/chrome', source: 'playwright' });
	});
	it('returns undefined when there is no browser at all', () => {
		expect(findBrowser({}, () => false, none)).toBeUndefined();
	});
	it('gives the exact install commands', () => {
		expect(installHint('linux')).toContain('apt-get install -y chromium fonts-noto-cjk');
		expect(installHint('darwin')).toContain('npx playwright install chromium');
		expect(installHint('darwin')).not.toContain('apt-get');
	});
});
