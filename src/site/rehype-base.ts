/**
 * Rehype plugin: root-absolute links and images written in content (`/templates/x/`,
 * `<a href="/onboarding/">`) are put under the deployment's base path, so authors write site
 * paths and the site works under any BASE_PATH. Protocol-relative (`//host`) and already-based
 * URLs are left alone.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { normalizeBase, url } from '../model/routes.ts';

/** A site path put under the base, or the value unchanged when it is not a site path. */
export function withBase(value: string, base: string): string {
	if (!value.startsWith('/') || value.startsWith('//') || base === '/' || value.startsWith(base) || `${value}/` === base) return value;
	return url(value, base);
}

export function rehypeBase({ base }: { base: string }) {
	const b = normalizeBase(base);
	return (tree: Root) => {
		visit(tree, (node: { type: string }) => {
			if (node.type === 'element') {
				const el = node as Element;
				for (const name of ['href', 'src'] as const) {
					const v = el.properties[name];
					if (typeof v === 'string') el.properties[name] = withBase(v, b);
				}
			}
			// HTML written inside MDX arrives as JSX elements with attribute lists.
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				for (const attr of (node as unknown as { attributes: Array<{ type: string; name?: string; value?: unknown }> }).attributes)
					if (attr.type === 'mdxJsxAttribute' && (attr.name === 'href' || attr.name === 'src') && typeof attr.value === 'string') attr.value = withBase(attr.value, b);
			}
		});
	};
}
