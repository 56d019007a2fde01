/**
 * The site's icon, written into every page as a data: URL, so that no page asks the network (or
 * the service worker) for it. Browsers fetch the icon again on their own (Chromium after
 * history.replaceState, Firefox after a #hash jump) and cancel the fetch still in flight; Firefox
 * reports a cancelled fetch that the service worker was answering as an error in the console.
 * Inline, the icon also needs no place in the offline cache.
 */
import svg from './favicon.svg?raw';

/** `svg` as a data: URL, escaping only what a URL or a double-quoted attribute cannot hold. */
export function svgDataUrl(source: string): string {
	const text = source.trim().replace(/\s+/g, ' ').replace(/"/g, "'");
	return `data:image/svg+xml,${text.replace(/[<>#%{}\s]/g, (ch) => encodeURIComponent(ch))}`;
}

export const FAVICON = { href: svgDataUrl(svg), type: 'image/svg+xml' } as const;
