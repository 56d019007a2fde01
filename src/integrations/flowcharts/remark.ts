/**
 * Remark plugin: ```mermaid fences in MDX become inline SVG figures at build time.
 * Fence meta: `flow=<flow-id>` (playbooks with several flows), `title="…"` (screen-reader title).
 * Fails the build with file:line on a syntax error, and when nodes and stages disagree.
 */
import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { authorLine, checkCoverage, type DiagramUse } from '../../lib/diagram-source.ts';
import { decorateSvg } from './decorate.ts';
import { pageStages, preparePageDiagram, type PageFrontmatter } from './page.ts';
import { DiagramSyntaxError, type DiagramRenderer } from './renderer.ts';

export function remarkFlowcharts({ renderer }: { renderer: DiagramRenderer }) {
	return async function transform(tree: Root, file: VFile) {
		const frontmatter = ((file.data as any).astro?.frontmatter ?? {}) as PageFrontmatter;
		const where = file.path ?? '(unknown file)';
		const fences: Array<{ node: Code; index: number; parent: any }> = [];
		visit(tree, 'code', (node, index, parent) => {
			if (node.lang === 'mermaid' && parent && index !== undefined) fences.push({ node, index, parent });
		});
		const uses: DiagramUse[] = [];
		let n = 0;
		for (const { node, index, parent } of fences) {
			n++;
			const { flow, title, stages, prepared } = preparePageDiagram(node.value, node.meta, frontmatter);
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
			// 步骤 playbooks say 步骤 here too: the page never mixes 阶段 and 步骤.
			const noun = frontmatter.playbook?.stageNoun ?? '阶段';
			const links = new Map(stages.map((s) => [s.id, `${s.label}（跳转到该${noun}）`]));
			const figure = decorateSvg(svg, { idPrefix: `fc-${n}`, links, caption: `${title}（点击${noun}可跳转到对应章节）`, flow });
			parent.children[index] = {
				type: 'flowchart',
				data: { hName: figure.tagName, hProperties: figure.properties, hChildren: figure.children },
			};
		}
		const stages = pageStages(frontmatter);
		const problems = stages.length ? checkCoverage(stages, uses) : [];
		if (problems.length) throw new Error(`${where}: 流程图与阶段不一致：\n- ${problems.join('\n- ')}`);
	};
}
