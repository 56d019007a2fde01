/**
 * Turns a cached Mermaid SVG into the figure a page shows: Mermaid's own <style> removed (the
 * site's CSS themes every diagram through custom properties, so light and dark share one SVG),
 * ids made unique on the page, and stage nodes wrapped in links to their sections.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root } from 'hast';
import { RENDER_ID } from './renderer.ts';
import { compactPathData, roundCoordinates } from './path-data.ts';

export interface DecorateOptions {
	/** Unique on the page, e.g. "fc-1". */
	idPrefix: string;
	/** Stage id → accessible name of its link. */
	links: Map<string, string>;
	/** Visible caption. */
	caption: string;
	/** The flow drawn, when the playbook has several. */
	flow?: string;
}

function classes(el: Element): string[] {
	const c: unknown = el.properties?.className;
	return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

function walk(parent: Root | Element, visit: (el: Element, index: number, parent: Root | Element) => void) {
	parent.children.forEach((child, index) => {
		if (child.type !== 'element') return;
		visit(child, index, parent);
		walk(child, visit);
	});
}

/** The figure element (hast) for one diagram. */
export function decorateSvg(svg: string, { idPrefix, links, caption, flow }: DecorateOptions): Element {
	const tree = fromHtml(svg.replaceAll(RENDER_ID, idPrefix).replace(/<style>[\s\S]*?<\/style>/, ''), { fragment: true });
	const root = tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'svg');
	if (!root) throw new Error('流程图渲染结果中没有 <svg> 元素');
	const nodeId = new RegExp(`^${idPrefix}-flowchart-(.+)-\\d+$`);
	delete root.properties.width;
	root.properties.className = ['flowchart-svg'];
	root.properties.focusable = 'false';
	walk(root, (el) => {
		if (el.tagName === 'path' && typeof el.properties.d === 'string') el.properties.d = compactPathData(el.properties.d);
		for (const name of ['points', 'transform'] as const) if (typeof el.properties[name] === 'string') el.properties[name] = roundCoordinates(el.properties[name]);
	});
	walk(root, (el, index, parent) => {
		if (el.tagName !== 'g' || !classes(el).includes('node')) return;
		const stage = nodeId.exec(String(el.properties.id ?? ''))?.[1];
		if (!stage) return;
		el.properties.dataNode = stage;
		const name = links.get(stage);
		if (!name) return;
		const link: Element = {
			type: 'element',
			tagName: 'a',
			properties: { href: `#${stage}`, className: ['fc-stage'], dataStage: stage, ariaLabel: name },
			children: [el],
		};
		(parent.children as ElementContent[])[index] = link;
	});
	return {
		type: 'element',
		tagName: 'figure',
		properties: { className: ['flowchart'], dataFlow: flow, dataPagefindIgnore: '' },
		children: [
			root,
			{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] },
		],
	};
}

