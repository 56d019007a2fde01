/**
 * Turns a cached Mermaid SVG into the figure a page shows: Mermaid's own <style> removed (the
 * site's CSS themes every diagram through custom properties, so light and dark share one SVG),
 * ids made unique on the page, what draws nothing pruned (see pruneSvg), and stage nodes wrapped
 * in links to their sections.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root } from 'hast';
import { RENDER_ID } from './renderer.ts';
import { compactPathData, roundCoordinates, stadiumOf, tenth } from './path-data.ts';

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

/** Definitions that draw only where something points at them (`url(#id)`, `href="#id"`). */
const DEFINITIONS = new Set(['marker', 'filter', 'linearGradient', 'radialGradient', 'clipPath', 'pattern', 'symbol']);
/** Mermaid's bookkeeping attributes: no style or script of the site reads them. */
const BOOKKEEPING = ['dataPoints', 'dataLook', 'dataEt', 'dataEdge', 'dataId'];

const isElement = (c: ElementContent | Element['children'][number]): c is Element => c.type === 'element';
const hasAttributes = (el: Element) => Object.keys(el.properties ?? {}).length > 0;

/**
 * Removes what Mermaid writes that draws nothing, so a page with several diagrams keeps a small
 * DOM (issue 15: the real-estate page's four diagrams were 642 elements): definitions nothing
 * refers to (Mermaid writes twelve arrow markers, two shadow filters and a gradient per diagram and
 * uses one or two), a node label's empty and invisible rectangles (flowchart.css sets them to no
 * fill and no stroke), one tspan per word where a line has plain words only (merged into the
 * line's tspan; a one-line text takes the line's place), attribute-less groups (their children take
 * their place), empty groups, and a label group holding only its text (the text carries its offset).
 * A stadium node's rough.js outline (two paths of tiny curves, about 12 kB a node) becomes the one
 * <rect rx> it traces (see stadiumOf); flowchart.css fills and strokes both the same way.
 */
export function pruneSvg(root: Element) {
	const referenced = new Set<string>();
	walk(root, (el) => {
		for (const value of Object.values(el.properties ?? {})) {
			if (typeof value !== 'string') continue;
			for (const m of value.matchAll(/url\(#([^)]+)\)/g)) referenced.add(m[1]!);
			if (value.startsWith('#')) referenced.add(value.slice(1));
		}
	});
	const prune = (parent: Element, inLabel: boolean): ElementContent[] =>
		(parent.children as ElementContent[]).flatMap((child): ElementContent[] => {
			if (!isElement(child)) return [child];
			for (const name of BOOKKEEPING) delete child.properties[name];
			const label = inLabel || (child.tagName === 'g' && classes(child).includes('label') && classes(parent).includes('node'));
			if (DEFINITIONS.has(child.tagName) && !referenced.has(String(child.properties.id ?? ''))) return [];
			if (label && child.tagName === 'rect' && (!hasAttributes(child) || classes(child).includes('background'))) return [];
			if (child.tagName === 'tspan' && classes(child).includes('text-outer-tspan')) {
				const words = child.children;
				const plain = words.every((w) => isElement(w) && w.tagName === 'tspan' && w.properties.fontStyle === 'normal' && w.properties.fontWeight === 'normal' && w.children.every((t) => t.type === 'text'));
				if (plain && words.length) {
					const text = words.flatMap((w) => (isElement(w) ? w.children : [])).map((t) => (t.type === 'text' ? t.value : '')).join('');
					child.children = [{ type: 'text', value: text }];
					return [child];
				}
			}
			const stadium = child.tagName === 'g' && classes(child).includes('outer-path') ? stadiumRect(child) : undefined;
			if (stadium) return [stadium];
			child.children = prune(child, label);
			if ((child.tagName === 'g' || child.tagName === 'defs') && child.children.length === 0) return [];
			if (child.tagName === 'g' && !hasAttributes(child)) return child.children;
			// A text of one line: the line's position moves onto the text (its own y is overridden by the line's).
			const lines = child.tagName === 'text' ? child.children.filter(isElement) : [];
			if (lines.length === 1 && child.children.length === 1 && lines[0]!.tagName === 'tspan' && lines[0]!.children.every((t) => t.type === 'text')) {
				const { className: _, ...position } = lines[0]!.properties;
				child.properties = { ...child.properties, ...position };
				child.children = lines[0]!.children;
			}
			// A node's label group that holds only its text: the group's offset moves onto the text.
			const only = child.children.length === 1 && isElement(child.children[0]!) ? (child.children[0] as Element) : undefined;
			if (child.tagName === 'g' && classes(child).includes('label') && only?.tagName === 'text' && !only.properties.transform && typeof child.properties.transform === 'string') {
				only.properties.transform = child.properties.transform;
				return [only];
			}
			return [child];
		});
	root.children = prune(root, false);
}

/** The <rect> for a group of paths that all trace the same stadium, else undefined. */
function stadiumRect(group: Element): Element | undefined {
	const paths = group.children.filter(isElement);
	if (!paths.length || paths.length !== group.children.filter((c) => c.type !== 'text' || c.value.trim()).length) return undefined;
	const shapes = paths.map((p) => (p.tagName === 'path' && typeof p.properties.d === 'string' ? stadiumOf(p.properties.d) : undefined));
	const [first] = shapes;
	if (!first || !shapes.every((s) => s && (['x', 'y', 'width', 'height'] as const).every((k) => Math.abs(s[k] - first[k]) <= 1))) return undefined;
	const r = tenth(first.height / 2);
	return {
		type: 'element',
		tagName: 'rect',
		properties: { className: classes(group).filter((c) => c !== 'outer-path'), x: tenth(first.x), y: tenth(first.y), width: tenth(first.width), height: tenth(first.height), rx: r, ry: r },
		children: [],
	};
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
	// The drawing's ratio as CSS, so its box is right while its contents are skipped (stages.css).
	const [, , width = 0, height = 0] = String(root.properties.viewBox ?? '').split(/[\s,]+/).map(Number);
	if (width > 0 && height > 0) {
		const style = String(root.properties.style ?? '').replace(/;?\s*$/, '');
		root.properties.style = `${style ? `${style}; ` : ''}aspect-ratio: ${tenth(width)} / ${tenth(height)}`;
	}
	pruneSvg(root);
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

