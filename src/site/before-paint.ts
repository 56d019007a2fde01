/**
 * Render before the first paint (issue 15). 我的清单 lists runs that live in this browser only, so
 * the server cannot write them: the page would paint empty and then push everything below the
 * list down once they are read. Its script hydrates the server markup and reads the store in the
 * same task (a layout effect), so the list is there in the first frame when the browser waits for
 * that script before painting. A page asks for that by putting `data-before-paint` on the element
 * its script follows; after the build the first module script after that mark moves to <head> with
 * `blocking="render"` (Chrome/Edge 105+, Safari 18.2+; other browsers run it as before and paint
 * the empty list first). Render-blocking only holds for elements in <head>, which is why it moves.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BEFORE_PAINT_MARK = 'data-before-paint';
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** The page with its marked script moved into <head> as a render-blocking module script (once). */
export function renderBlockingScript(html: string): string {
	const mark = html.indexOf(` ${BEFORE_PAINT_MARK}`);
	const head = html.indexOf('</head>');
	if (mark < 0 || head < 0 || mark < head) return html;
	MODULE_SCRIPT.lastIndex = mark;
	const script = MODULE_SCRIPT.exec(html);
	if (!script) return html;
	const body = html.slice(0, script.index) + html.slice(script.index + script[0].length);
	return `${body.slice(0, head)}<script type="module" src="${script[1]}" blocking="render"></script>${body.slice(head)}`;
}

export function beforePaint(): AstroIntegration {
	return {
		name: 'sales-playbook:before-paint',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const moved: string[] = [];
				for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
					if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
					const file = join(entry.parentPath, entry.name);
					const html = readFileSync(file, 'utf8');
					if (!html.includes(BEFORE_PAINT_MARK)) continue;
					const next = renderBlockingScript(html);
					if (next === html) throw new Error(`${file}：有 ${BEFORE_PAINT_MARK} 标记，但其后没有模块脚本可以移到 <head>`);
					writeFileSync(file, next);
					moved.push(file.slice(out.length));
				}
				logger.info(`首帧前渲染：${moved.length} 个页面（${moved.join('、')}）`);
			},
		},
	};
}
