/** The element a #fragment names ("#close-deal", "#%E6%A6%82%E8%BF%B0"), or null (none, or a malformed %-escape). */
export function elementOfHash(hash: string): HTMLElement | null {
	if (hash.length < 2) return null;
	try {
		return document.getElementById(decodeURIComponent(hash.slice(1)));
	} catch {
		return null;
	}
}
