// npm run diagrams [-- --prune]
// Renders every diagram in content/ that the committed cache lacks (needs Chromium and
// fonts-noto-cjk), and with --prune deletes cache files no diagram uses any more.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { inventory } from './diagram-inventory.ts';
import { DiagramRenderer } from '../src/features/flowcharts/renderer.ts';
import { locateChromium } from './browser.ts';

const cacheDir = join(process.cwd(), 'cache/diagrams');
const renderer = new DiagramRenderer(cacheDir, locateChromium);
const diagrams = await inventory(join(process.cwd(), 'content'));
let failed = 0;
try {
	for (const d of diagrams) {
		try {
			await renderer.svgFor(d.prepared.source);
		} catch (error) {
			failed++;
			console.error(`${d.file}:${d.line}: ${error.message}`);
		}
	}
} finally {
	await renderer.close();
}
const unused = await renderer.unused();
if (process.argv.includes('--prune')) for (const f of unused) await rm(join(cacheDir, f));
console.log(
	`流程图 ${diagrams.length} 个；新渲染 ${renderer.rendered} 个；` +
		(process.argv.includes('--prune') ? `删除未使用的 ${unused.length} 个` : `未使用的缓存 ${unused.length} 个（加 --prune 删除）`),
);
process.exit(failed ? 1 : 0);
