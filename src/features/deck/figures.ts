/**
 * The flowcharts of a deck, taken from the same place the playbook page takes them: the entry's
 * ```mermaid fences (via the flowchart inventory, so the cache key is the build's) and the SVGs
 * cached in cache/diagrams/. Build time only (reads files).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import { diagramsInText } from '../flowcharts/inventory.ts';
import { decorateSvg } from '../flowcharts/decorate.ts';
import { stageSlideId } from './deck.ts';

/** One flowchart of a playbook. */
export interface DeckDiagram {
	flow?: string;
	/** Accessible title, e.g. "大客户开发流程图". */
	title: string;
	/** Stage id → label ("阶段一 确定开发对象"). */
	labels: Map<string, string>;
	svg: string;
}

/** Where rendered diagrams are cached; the build uses the same override. */
function cacheDir(): string {
	return process.env.SALES_DIAGRAM_DIR ?? join(process.cwd(), 'cache/diagrams');
}

/** Every flowchart of a content file, in source order. */
export async function deckDiagrams(filePath: string): Promise<DeckDiagram[]> {
	const text = await readFile(filePath, 'utf8');
	return Promise.all(
		diagramsInText(filePath, text).map(async (d) => {
			const file = join(cacheDir(), `${d.key}.svg`);
			const svg = await readFile(file, 'utf8').catch(() => {
				throw new Error(`${filePath}:${d.line}: 演示页找不到这个流程图的渲染结果 ${file}（构建应先渲染它，请重新构建）`);
			});
			return { flow: d.flow, title: d.title, labels: new Map(d.stages.map((s) => [s.id, s.label])), svg };
		}),
	);
}

function walk(el: Element, visit: (el: Element) => void) {
	visit(el);
	for (const c of el.children) if (c.type === 'element') walk(c, visit);
}

/**
 * Mermaid writes coordinates with 15 decimals; a hundredth of a pixel is plenty and makes the
 * deck's copy of a diagram a third the size.
 */
function roundCoordinates(svg: string): string {
	return svg.replace(/ (d|points|transform)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${value.replace(/(\d+\.\d\d)\d+/g, '$1')}"`);
}

/** Id of the overview drawing of a stage section (mini-maps point at it with <use>). */
export const overviewSvgId = (sectionId: string) => `ov-${sectionId}`;

/** The drawing's viewBox, which a mini-map reuses so the copy is framed like the original. */
export function diagramViewBox(d: DeckDiagram): string {
	const box = /<svg\b[^>]*\sviewBox="([^"]+)"/.exec(d.svg)?.[1];
	if (!box) throw new Error(`演示页：流程图“${d.title}”的 SVG 没有 viewBox`);
	return box;
}

/**
 * CSS that marks "here" on every mini-map without JavaScript: the mini-map of stage X sets
 * --mm-X-*; the drawing's node X reads them (falling back to its normal look), and a <use> copy
 * inherits the custom properties of the mini-map it sits in. Stage ids are ASCII kebab-case
 * (schema), safe in property names and selectors.
 */
export function miniMapCss(stageIds: string[]): string {
	return stageIds
		.map(
			(id) =>
				`.mini-map[data-here="${id}"]{--mm-${id}-bg:var(--deck-current-bg);--mm-${id}-fg:var(--deck-current-fg);--mm-${id}-sw:5px;--mm-${id}-fw:700}` +
				`.flowchart-svg a.fc-stage[data-stage="${id}"]{--mm-bg:var(--mm-${id}-bg);--mm-fg:var(--mm-${id}-fg);--mm-sw:var(--mm-${id}-sw);--mm-fw:var(--mm-${id}-fw)}`,
		)
		.join('\n');
}

/**
 * HTML of a flow's overview figure: stage nodes link to their slides, the drawing sits in a
 * pan/zoom viewport. Stage slides show the same drawing as a mini-map through <use> (one copy in
 * the HTML instead of one per stage keeps the page small; see miniMapCss).
 */
export function overviewHtml(d: DeckDiagram, { idPrefix, caption }: { idPrefix: string; caption: string }): string {
	const links = new Map([...d.labels].map(([id, label]) => [id, `${label}（转到该幻灯片）`]));
	const figure = decorateSvg(roundCoordinates(d.svg), { idPrefix, links, caption, flow: d.flow });
	walk(figure, (el) => {
		if (el.tagName === 'a') el.properties.href = `#${stageSlideId(String(el.properties.dataStage ?? ''))}`;
	});
	const svg = figure.children[0] as Element;
	const content: Element = { type: 'element', tagName: 'div', properties: { className: ['zoom-content'] }, children: [svg] };
	const viewport: Element = { type: 'element', tagName: 'div', properties: { className: ['zoom-viewport'], dataZoom: '' }, children: [content] };
	(figure.children as ElementContent[])[0] = viewport;
	return toHtml(figure);
}
