/**
 * What the cross-engine journeys need from a browser, whatever drives it: WebKit through W3C
 * WebDriver (webkit.ts), Firefox through WebDriver BiDi with puppeteer-core (firefox.ts).
 * Everything the journeys check goes through real navigation, real clicks and real key presses;
 * `run` evaluates a self-contained function in the page (it is sent as source text).
 */

/** A key name as in KeyboardEvent.key ("Enter", "ArrowRight", "k"), or a chord "Control+k". */
export type Key = string;

export interface Tab {
	/** Loads a path of the site (or a full URL) and waits for the load event. */
	goto(path: string): Promise<void>;
	reload(): Promise<void>;
	url(): Promise<string>;
	/** Runs a self-contained function in the page; arguments and result must be JSON. */
	run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
	/** A real pointer click on the first element the CSS selector matches (scrolled into view). */
	click(selector: string): Promise<void>;
	/** Focuses the element and types the text as key presses. */
	type(selector: string, text: string): Promise<void>;
	/** Presses keys in order on whatever has focus; "Control+k" holds Control. */
	press(...keys: Key[]): Promise<void>;
	/** Sets the file of an <input type="file"> as a user picking it would. */
	upload(selector: string, file: string): Promise<void>;
	screenshot(file: string): Promise<void>;
	/**
	 * Uncaught exceptions and console errors of the page since the last call, where the driver
	 * reports them (WebDriver BiDi does; classic WebDriver, as WebKitWebDriver speaks it, does not).
	 */
	takeErrors?(): string[];
	close(): Promise<void>;
}

export interface Engine {
	/** "webkit" or "firefox": used in test names and screenshot files. */
	readonly name: string;
	/** Browser name and version as the driver reports them. */
	readonly version: string;
	/** Opens a new tab (a new top-level browsing context of the same profile). */
	newTab(): Promise<Tab>;
	/** Tabs still open, oldest first. */
	tabs(): Tab[];
	close(): Promise<void>;
}

/** Options every engine takes. */
export interface EngineOptions {
	/** Origin of the site, e.g. http://127.0.0.1:4321 */
	origin: string;
	/** Folder that receives real downloads, where the engine can be told one. */
	downloads: string;
}

/** Splits "Control+Shift+k" into ["Control", "Shift", "k"]. */
export const chord = (key: Key): string[] => (key.length > 1 && key.includes('+') ? key.split('+') : [key]);

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves an absolute URL for a site path. */
export const siteUrl = (origin: string, path: string) => (/^https?:/.test(path) ? path : new URL(path, origin).href);

/**
 * In the page: scrolls the element into the middle of the viewport and returns its centre in
 * viewport coordinates (null when it is missing or has no box). Both engines click there with a
 * real pointer: Firefox leaves SVG elements without client rects (so puppeteer's own click and
 * scrollIntoView miss the flowchart's links), and WebKitWebDriver's Element Click calls an
 * element below the fold or inside an SVG "not interactable".
 */
export function centre(selector: string): { x: number; y: number } | null {
	const el = document.querySelector(selector);
	if (!el) return null;
	el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' }); // not the page's smooth scrolling
	let r = el.getBoundingClientRect();
	if (r.top < 0 || r.bottom > innerHeight) {
		scrollBy({ top: r.top + r.height / 2 - innerHeight / 2, behavior: 'instant' });
		r = el.getBoundingClientRect();
	}
	return r.width > 0 && r.height > 0 ? { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) } : null;
}
