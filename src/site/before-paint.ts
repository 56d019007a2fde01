/**
 * Render before the first paint (issue 15), only when there is something to render. 我的清单 lists
 * runs that live in this browser only, so the server cannot write them: the page would paint empty
 * and then push everything below the list down once they are read. Its script hydrates the server
 * markup and reads the store in the same task (a layout effect), so the list is there in the first
 * frame when the browser waits for that script before painting.
 *
 * Waiting costs the first paint the script's download and run, which buys nothing on a first visit
 * (no saved data: the empty list the server wrote is already right). So a page marks the element
 * its script follows with `data-before-paint`, and after the build a small inline loader goes into
 * <head>: when the store holds a saved document it writes that same module script into <head> with
 * `blocking="render"` (Chrome/Edge 105+, Safari 18.2+; other browsers run it as before and paint the
 * empty list first). Render-blocking only holds for elements added to <head> while it is parsed,
 * which is why the loader writes it there. The script stays in the body too: the module runs once.
 * The loader's body is constant (the script's address is in a meta tag before it), so its hash
 * goes into the CSP at config time (src/site/csp.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STORAGE_KEY } from '../features/store/shape.ts';

export const BEFORE_PAINT_MARK = 'data-before-paint';
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
/** The meta tag that gives the loader the script's address. */
const META = 'sales-playbook:before-paint';

/** The inline loader: writes the render-blocking script when a saved document exists. */
export const BEFORE_PAINT_LOADER = `try{if(localStorage.getItem(${JSON.stringify(STORAGE_KEY)}))document.write('<script type="module" blocking="render" src="'+document.querySelector('meta[name="${META}"]').content+'"><\\/script>')}catch(e){}`;

/** The page with the loader for its marked script in <head>, or as it is without a mark. */
export function renderBlockingScript(html: string): string {
	const mark = html.indexOf(` ${BEFORE_PAINT_MARK}`);
	const head = html.indexOf('</head>');
	if (mark < 0 || head < 0 || mark < head) return html;
	MODULE_SCRIPT.lastIndex = mark;
	const script = MODULE_SCRIPT.exec(html);
	if (!script) return html;
	return `${html.slice(0, head)}<meta name="${META}" content="${script[1]}"><script>${BEFORE_PAINT_LOADER}</script>${html.slice(head)}`;
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
