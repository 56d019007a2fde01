/**
 * Remark plugin: ```mermaid fences in MDX become inline SVG figures at build time.
 * Fence meta: `flow=<flow-id>` (playbooks with several flows), `title="…"` (screen-reader title).
 * Fails the build with file:line on a syntax error, and when nodes and stages disagree.
 *
 * The rendered diagrams are also handed to the rest of the site through the content layer: each
 * page's `remarkPluginFrontmatter.flowcharts` (see {@link PageFlowchart}); the deck reads them there.
 */
import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import { basename, extname } from 'node:path';
import { visit } from 'unist-util-visit';
import { authorLine, checkCoverage, type DiagramUse } from './diagram-source.ts';
import { decorateSvg } from './decorate.ts';
import { pagePlaybook, preparePageDiagram, type PageFrontmatter } from './page.ts';
import { DiagramSyntaxError, type DiagramRenderer } from './renderer.ts';

/** One rendered flowchart of a page, as other pages get it from `remarkPluginFrontmatter`. */
export interface PageFlowchart {
	flow?: string;
	/** Accessible title, e.g. "大客户开发流程图". */
	title: string;
	/** The SVG as Mermaid rendered it (not yet decorated). */
	svg: string;
}

export function remarkFlowcharts({ renderer }: { renderer: DiagramRenderer }) {
	return async function transform(tree: Root, file: VFile) {
		const frontmatter = ((file.data as any).astro?.frontmatter ?? {}) as PageFrontmatter & { flowcharts?: PageFlowchart[] };
		const where = file.path ?? '(unknown file)';
		const playbook = pagePlaybook(basename(where, extname(where)), frontmatter);
		const fences: Array<{ node: Code; index: number; parent: any }> = [];
		visit(tree, 'code', (node, index, parent) => {
			if (node.lang === 'mermaid' && parent && index !== undefined) fences.push({ node, index, parent });
		});
		const uses: DiagramUse[] = [];
		const rendered: PageFlowchart[] = [];
		let n = 0;
		for (const { node, index, parent } of fences) {
			n++;
			const { flow, title, stages, noun, prepared } = preparePageDiagram(node.value, node.meta, String(frontmatter.title ?? ''), playbook);
			uses.push({ flow, nodeIds: prepared.nodeIds, unknownIds: prepared.unknownIds });
			let svg: string;
			try {
				svg = await renderer.svgFor(prepared.source);
			} catch (error) {
				if (error instanceof DiagramSyntaxError) {
					const fenceLine = node.position?.start.line ?? 0;
					const line = error.line ? fenceLine + authorLine(error.line, prepared.insertedLines) : fenceLine;
					throw new Error(`${where}:${line}: 流程图（Mermaid）语法错误，在本页第 ${n} 个流程图中：\n${error.message}`);
				}
				throw new Error(`${where}:${node.position?.start.line ?? 0}: ${(error as Error).message}`);
			}
			rendered.push({ flow, title, svg });
			const links = new Map(stages.map((s) => [s.id, `${s.label}（跳转到该${noun}）`]));
			const figure = decorateSvg(svg, { idPrefix: `fc-${n}`, links, caption: `${title}（点击${noun}可跳转到对应章节）`, flow });
			parent.children[index] = {
				type: 'flowchart',
				data: { hName: figure.tagName, hProperties: figure.properties, hChildren: figure.children },
			};
		}
		if (rendered.length && (file.data as any).astro?.frontmatter) frontmatter.flowcharts = rendered;
		const problems = playbook ? checkCoverage(playbook.stages, uses) : [];
		if (problems.length) throw new Error(`${where}: 流程图与阶段不一致：\n- ${problems.join('\n- ')}`);
	};
}
