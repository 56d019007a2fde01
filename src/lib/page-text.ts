/**
 * What a reader of a built page reads and hears: its text in reading order and the text of its
 * accessible attributes (aria-label, title, alt, placeholder…), for the content lint in
 * scripts/check-dist.ts. Script, style and template contents are never shown; SVG text is kept
 * apart (flowchart labels repeat stage titles) unless asked for.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';

export interface PageText {
	/** Text nodes joined in document order, a space between elements. */
	text: string;
	/** Values of aria-label, aria-description, title, alt, placeholder and button values. */
	attributes: string[];
}

export interface PageTextOptions {
	/** Only inside the first element with this tag or class (e.g. "main"); the whole page when absent or not found. */
	within?: string;
	/** Leave out elements with these tags or classes (e.g. "nav", "sl-anchor-link"). */
	skip?: readonly string[];
	/** Keep text inside <svg> (default false). */
	svg?: boolean;
}

const NEVER = new Set(['script', 'style', 'template']);
const ATTRIBUTES = ['ariaLabel', 'ariaDescription', 'ariaRoleDescription', 'title', 'alt', 'placeholder'];

const classes = (el: Element): string[] => {
	const c: unknown = el.properties?.className;
	return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
};
const matches = (el: Element, sel: string) => el.tagName === sel || classes(el).includes(sel) || (sel.startsWith('#') && el.properties?.id === sel.slice(1));

function find(node: Nodes, sel: string): Element | undefined {
	if (node.type === 'element' && matches(node, sel)) return node;
	if ('children' in node) for (const c of node.children) {
		const hit = find(c as Nodes, sel);
		if (hit) return hit;
	}
	return undefined;
}

export function pageText(html: string, { within, skip = [], svg = false }: PageTextOptions = {}): PageText {
	const tree = fromHtml(html);
	const root = (within && find(tree, within)) || tree;
	const parts: string[] = [];
	const attributes: string[] = [];
	const walk = (node: Nodes) => {
		if (node.type === 'text') {
			parts.push(node.value);
			return;
		}
		if (node.type === 'element') {
			if (NEVER.has(node.tagName) || (!svg && node.tagName === 'svg') || skip.some((s) => matches(node, s))) return;
			for (const a of ATTRIBUTES) {
				const v = node.properties?.[a];
				if (typeof v === 'string' && v.trim()) attributes.push(v);
			}
			if (node.tagName === 'input' && ['button', 'submit', 'reset'].includes(String(node.properties?.type)) && typeof node.properties?.value === 'string') attributes.push(node.properties.value);
			parts.push(' ');
			for (const c of node.children) walk(c as Nodes);
			parts.push(' ');
			return;
		}
		if ('children' in node) for (const c of node.children) walk(c as Nodes);
	};
	walk(root as Nodes);
	return { text: parts.join('').replace(/\s+/g, ' ').trim(), attributes };
}
