/**
 * A link to a stage (/playbooks/…/#close-deal from search, quick-jump, the glossary, a flowchart
 * node or a colleague) must land on that stage. Two things move it after the browser has scrolled
 * to the #hash: saved state restored into the checklists, and stages off screen that keep only a
 * typical height until they are first shown (`content-visibility: auto`, stages.css), which take
 * their real height as the stages around the target are drawn. So while the page settles — until
 * 3 s after the load event, or 1.5 s after an in-page jump — each change of the content's size
 * scrolls the target back to the top, unless the reader has scrolled, typed or clicked meanwhile.
 */
import { elementOfHash } from '../ui/hash-target.ts';

const content = document.querySelector('main');
let unpin = () => {};


/** Keeps the hash's target at the top while the content's size changes, until `settled` calls back. */
function pin(settled: (stop: () => void) => void) {
	unpin();
	const found = elementOfHash(location.hash);
	if (!found || !content || !('ResizeObserver' in window)) return;
	const hash = location.hash;
	const observer = new ResizeObserver(() => {
		if (location.hash === hash) found.scrollIntoView();
	});
	const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'];
	const stop = () => {
		observer.disconnect();
		for (const type of inputs) removeEventListener(type, stop, { capture: true });
	};
	for (const type of inputs) addEventListener(type, stop, { once: true, passive: true, capture: true });
	unpin = stop;
	observer.observe(content);
	settled(stop);
}

pin((stop) => {
	const later = () => setTimeout(stop, 3000);
	if (document.readyState === 'complete') later();
	else addEventListener('load', later, { once: true });
});
addEventListener('hashchange', () => pin((stop) => setTimeout(stop, 1500)));
