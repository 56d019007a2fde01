/**
 * Astro writes `<style>astro-island,…{display:contents}</style>` right before the first island
 * of a page, in the middle of <body>, which the W3C checker rejects ("A style element in body
 * must be the first child of its parent"). After the build we move that one rule into <head>.
 */

/** The rule Astro emits (astro/dist/runtime/server/astro-island-styles.js; a unit test compares). */
export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** The page with Astro's island style moved from the body to the end of <head> (once). */
export function hoistIslandStyle(html: string): string {
	const head = html.indexOf('</head>');
	if (head < 0 || html.indexOf(ISLAND_STYLE, head) < 0) return html;
	const body = html.slice(head).split(ISLAND_STYLE).join('');
	const inHead = html.slice(0, head).includes(ISLAND_STYLE);
	return html.slice(0, head) + (inHead ? '' : ISLAND_STYLE) + body;
}
