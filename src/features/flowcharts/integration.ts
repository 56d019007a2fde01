/**
 * Astro integration for build-time flowcharts: wires the remark plugin into the Markdown
 * processor, shares one renderer (one browser) across the build, closes it when done, and
 * reports what was rendered and what in the cache went unused.
 */
import type { AstroIntegration } from 'astro';
import { DiagramRenderer, type BrowserLocator } from './renderer.ts';
import { remarkFlowcharts } from './remark.ts';

export function createFlowcharts(cacheDir: string, locate: BrowserLocator) {
	const renderer = new DiagramRenderer(cacheDir, locate);
	const integration: AstroIntegration = {
		name: 'sales-playbook:flowcharts',
		hooks: {
			'astro:build:done': async ({ logger }) => {
				await renderer.close();
				const unused = await renderer.unused();
				logger.info(
					`流程图：使用 ${renderer.used.size} 个，本次新渲染 ${renderer.rendered} 个` +
						(unused.length ? `；cache/diagrams/ 中有 ${unused.length} 个未被使用（运行 npm run diagrams -- --prune 清理）` : ''),
				);
			},
			'astro:server:done': async () => renderer.close(),
		},
	};
	return { renderer, integration, remarkPlugin: [remarkFlowcharts, { renderer }] as [typeof remarkFlowcharts, { renderer: DiagramRenderer }] };
}
