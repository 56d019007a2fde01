/**
 * The flowcharts of a deck, taken from the same place the playbook page takes them: the SVGs the
 * flowchart remark plugin rendered for the entry, handed over in its `remarkPluginFrontmatter`.
 */
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import { decorateSvg } from '../flowcharts/decorate.ts';
import type { PageFlowchart } from '../flowcharts/remark.ts';
import type { PlaybookModel } from '../../model/playbook.ts';

/** One flowchart of a playbook. */
export interface DeckDiagram {
	flow?: string;
	/** Accessible title, e.g. "大客户开发流程图". */
	title: string;
	/** Stage id → its slide id and label ("阶段一 确定开发对象"). */
	stages: Map<string, { slideId: string; label: string }>;
	svg: string;
}

/** The rendered flowcharts of a playbook (from `remarkPluginFrontmatter.flowcharts`), with their stages. */
export function deckDiagrams(playbook: PlaybookModel, rendered: PageFlowchart[] | undefined): DeckDiagram[] {
	return (rendered ?? []).map((d) => ({
		flow: d.flow,
		title: d.title,
		svg: d.svg,
		stages: new Map(playbook.stages.filter((s) => s.flow === d.flow).map((s) => [s.id, { slideId: s.slideId, label: s.label }])),
	}));
}

function walk(el: Element, visit: (el: Element) => void) {
	visit(el);
	for (const c of el.children) if (c.type === 'element') walk(c, visit);
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
	const links = new Map([...d.stages].map(([id, s]) => [id, `${s.label}（转到该幻灯片）`]));
	const figure = decorateSvg(d.svg, { idPrefix, links, caption, flow: d.flow });
	walk(figure, (el) => {
		if (el.tagName === 'a') el.properties.href = `#${d.stages.get(String(el.properties.dataStage ?? ''))?.slideId}`;
	});
	const svg = figure.children[0] as Element;
	const content: Element = { type: 'element', tagName: 'div', properties: { className: ['zoom-content'] }, children: [svg] };
	const viewport: Element = { type: 'element', tagName: 'div', properties: { className: ['zoom-viewport'], dataZoom: '' }, children: [content] };
	(figure.children as ElementContent[])[0] = viewport;
	return toHtml(figure);
}
