/**
 * The tables of contents (TableOfContents.astro beside the page, MobileTableOfContents.astro under
 * the header): marks the section being read with aria-current, names it in the phone's summary,
 * and closes the phone's list after a choice, a click elsewhere or Esc.
 *
 * Replaces Starlight's script, which on load asked the page for every block after every heading
 * (`:has()` selectors over the whole of <main>) and watched each of them, once per table (two per
 * page): about 30 ms of main thread on the real-estate playbook (1×, 412 px). Here the section
 * being read is the last heading that has reached the place where a link to it would put it (the
 * page's scroll padding and the heading's scroll margin), read from the headings themselves on
 * scroll and when the content's size changes, at most once a frame. A stage's heading is read
 * through its stage box, which is laid out even while the stage's content is skipped
 * (content-visibility).
 */
import { setText } from '../ui/dom-write.ts';
import { elementOfHash } from '../ui/hash-target.ts';

const roots = [...document.querySelectorAll<HTMLElement>('starlight-toc, mobile-starlight-toc')];
const lists = roots.map((root) => [...root.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]);

if (roots.length && lists[0]!.length) {
	const headings = lists[0]!.map((link) => elementOfHash(link.hash));
	/** What is measured for each heading: a stage's heading through its stage (see above). */
	const boxes = headings.map((el) => {
		const parent = el?.parentElement;
		return parent?.classList.contains('stage') && parent.firstElementChild === el ? parent : el;
	});
	/** Where each heading's top lands when a link jumps to it (scroll padding and margin), with some slack. */
	let lines: number[] = [];
	let current = -1;
	let frame = 0;

	const measure = () => {
		const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
		lines = headings.map((el) => padding + (el ? parseFloat(getComputedStyle(el).scrollMarginTop) || 0 : 0) + 24);
	};

	const mark = (index: number) => {
		if (index === current) return;
		current = index;
		for (const [r, links] of lists.entries()) {
			links.forEach((link, i) => (i === index ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current')));
			const display = roots[r]!.querySelector('.display-current');
			if (display) setText(display, links[index]?.textContent?.trim() ?? '');
		}
	};

	const update = () => {
		frame = 0;
		if (!lines.length) measure();
		const root = document.documentElement;
		// At the end of the page the last headings cannot reach their line: the last one in view counts.
		const end = scrollY + innerHeight >= root.scrollHeight - 2;
		let found = 0;
		for (const [i, box] of boxes.entries()) {
			const top = box?.getBoundingClientRect().top;
			if (top !== undefined && top <= (end ? innerHeight / 2 : lines[i]!)) found = i;
		}
		mark(found);
	};
	const schedule = () => {
		frame ||= requestAnimationFrame(update);
	};

	const start = () => {
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('hashchange', schedule);
		addEventListener('resize', () => {
			measure();
			schedule();
		});
		// Headings also move without a scroll: stages above take their real height when first drawn.
		// The observer reports right after a frame's layout, its first report included: reading the
		// headings then costs nothing, where reading them at once could force a layout of its own.
		const main = document.querySelector('main');
		if (main && 'ResizeObserver' in window)
			new ResizeObserver(update).observe(main);
		else update();
	};
	// After the load, when the page is idle: nothing of this is needed for the first paint.
	const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200));
	if (document.readyState === 'complete') idle(start);
	else addEventListener('load', () => idle(start), { once: true });
}

const details = document.querySelector<HTMLDetailsElement>('mobile-starlight-toc details');
if (details) {
	const close = () => {
		details.open = false;
	};
	const outside = (e: Event) => {
		if (!details.contains(e.target as Node)) close();
	};
	const escape = (e: KeyboardEvent) => {
		if (e.key !== 'Escape') return;
		const focused = details.contains(document.activeElement);
		close();
		if (focused) details.querySelector('summary')?.focus();
	};
	details.addEventListener('click', (e) => {
		if ((e.target as Element).closest('a')) close();
	});
	// Listening to the whole page only while the list is open.
	details.addEventListener('toggle', () => {
		const listen = details.open ? addEventListener : removeEventListener;
		listen('click', outside);
		listen('keydown', escape);
	});
}
