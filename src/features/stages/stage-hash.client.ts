/**
 * A link to a stage (/playbooks/…/#close-deal from search, quick-jump, the glossary or a
 * colleague) must land on that stage. Browsers scroll to the #hash while the page loads; the
 * checklist islands then hydrate and render the saved state, taller than their static HTML, and
 * push the stage down, out of view (seen in Chromium, Firefox and WebKit; how far depends on
 * timing). So while the page settles — until 3 s after the load event — each change of the
 * content's size scrolls the target back to the top, unless the reader has scrolled, typed or
 * clicked meanwhile.
 */
const hash = location.hash;
let found: HTMLElement | null = null;
try {
	found = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
} catch {
	// A malformed %-escape: no such id.
}
const content = document.querySelector('main');
if (found && content && 'ResizeObserver' in window) {
	const target = found;
	const pin = new ResizeObserver(() => {
		if (location.hash === hash) target.scrollIntoView();
	});
	const stop = () => pin.disconnect();
	for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) addEventListener(type, stop, { once: true, passive: true, capture: true });
	const later = () => setTimeout(stop, 3000);
	if (document.readyState === 'complete') later();
	else addEventListener('load', later, { once: true });
	pin.observe(content);
}
