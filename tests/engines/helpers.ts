/** Waiting and finding, the same way in every engine (only through Tab.run). */
import { sleep, type Tab } from '../../tools/engines/driver.ts';

/** How long a condition may take to come true (engines on a busy 2-core machine are slow). */
export const WAIT_MS = Number(process.env.ENGINES_WAIT_MS ?? 20_000);

/**
 * Polls a function in the page until it returns something truthy, and returns that; after
 * `WAIT_MS` throws with `what` and the last value seen.
 */
export async function waitFor<A extends unknown[], R>(tab: Tab, what: string, fn: (...args: A) => R, ...args: A): Promise<NonNullable<Awaited<R>>> {
	const end = Date.now() + WAIT_MS;
	let last: unknown;
	let error: unknown;
	for (;;) {
		try {
			last = await tab.run(fn, ...args);
			error = undefined;
			if (last) return last as NonNullable<Awaited<R>>;
		} catch (e) {
			// A navigation in progress destroys the page's context: try again.
			error = e;
		}
		if (Date.now() > end) throw new Error(`timed out after ${WAIT_MS} ms waiting for: ${what} (last: ${error ? String(error) : JSON.stringify(last)})`);
		await sleep(150);
	}
}

let marks = 0;

export interface FindOptions {
	/** The element's text must contain this. */
	text?: string;
	/** Then take this descendant of it (CSS). */
	pick?: string;
}

/**
 * Waits for a rendered element matching `selector` (and the options), tags it, and returns a
 * CSS selector for exactly that element, to click or type into.
 */
export async function find(tab: Tab, selector: string, options: FindOptions = {}): Promise<string> {
	const id = `e${++marks}`;
	await waitFor(
		tab,
		`${selector}${options.text ? ` with “${options.text}”` : ''}${options.pick ? ` › ${options.pick}` : ''}`,
		(sel: string, text: string, pick: string, mark: string) => {
			for (const el of document.querySelectorAll(sel)) {
				if (text && !(el.textContent ?? '').includes(text)) continue;
				const target = pick ? el.querySelector(pick) : el;
				if (!target) continue;
				const box = target.getBoundingClientRect(); // (Firefox gives SVG elements no client rects)
				if (box.width === 0 && box.height === 0) continue;
				target.setAttribute('data-engines', mark);
				return true;
			}
			return false;
		},
		selector,
		options.text ?? '',
		options.pick ?? '',
		id,
	);
	return `[data-engines="${id}"]`;
}

/**
 * A form control by its label, as a person reads it: a <label> (wrapping it or `for` it) or an
 * aria-label, exactly `label` or else starting with it; inside `within` when given.
 */
export async function field(tab: Tab, label: string, within = 'body'): Promise<string> {
	const id = `e${++marks}`;
	await waitFor(
		tab,
		`a field labelled “${label}” in ${within}`,
		(scope: string, name: string, mark: string) => {
			const root = document.querySelector(scope);
			if (!root) return false;
			const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
			const candidates: HTMLElement[] = [];
			for (const l of root.querySelectorAll('label')) {
				const c = l.control;
				if (c && (norm(l.textContent) === name || norm(l.textContent).startsWith(name))) candidates.push(c);
			}
			for (const c of root.querySelectorAll<HTMLElement>('[aria-label]')) if (norm(c.getAttribute('aria-label')).startsWith(name) && /^(INPUT|TEXTAREA|SELECT)$/.test(c.tagName)) candidates.push(c);
			const exact = candidates.find((c) => norm(c.getAttribute('aria-label')) === name || [...((c as HTMLInputElement).labels ?? [])].some((l) => norm(l.textContent) === name));
			const target = exact ?? candidates[0];
			const box = target?.getBoundingClientRect();
			if (!target || !box || (box.width === 0 && box.height === 0) || (target as HTMLInputElement).disabled) return false;
			target.setAttribute('data-engines', mark);
			return true;
		},
		within,
		label,
		id,
	);
	return `[data-engines="${id}"]`;
}
