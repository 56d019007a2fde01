/**
 * Presentation mode (/present/<playbook>/): which slides a playbook's deck has, and how keys,
 * URL hashes, swipes and zoom move through it. Pure; shared by the page (build time) and the
 * deck script (browser), so nothing here may touch Node or the DOM.
 */
import type { PlaybookModel, SectionModel, StageModel } from '../../model/playbook.ts';
import { stageSlideId } from '../../model/routes.ts';

export { stageSlideId };

export type SlideKind = 'title' | 'overview' | 'stage' | 'closing';

/** One slide. Its id is both the element id and the URL hash, so reload and shared links land on it. */
export interface Slide {
	id: string;
	kind: SlideKind;
	/** Short name for the counter, the presenter view and screen readers. */
	label: string;
	/** The flow (stage section) an overview or stage slide belongs to. */
	section?: SectionModel;
	stage?: StageModel;
}

/** Id of the title slide. */
export const TITLE_SLIDE = 'title';
/** Id of the closing slide. */
export const CLOSING_SLIDE = 'end';

/** Hash id of a flow's overview slide: "overview", or "overview-<flow>" when there are several. */
export function overviewSlideId(section: { flow?: string }): string {
	return section.flow ? `overview-${section.flow}` : 'overview';
}

/** The deck of a playbook: title, then per flow an overview and its stages, then closing. */
export function buildSlides(playbook: Pick<PlaybookModel, 'title' | 'sections'>): Slide[] {
	const slides: Slide[] = [{ id: TITLE_SLIDE, kind: 'title', label: playbook.title }];
	for (const section of playbook.sections) {
		slides.push({ id: overviewSlideId(section), kind: 'overview', label: section.flow ? `${section.title}：流程图` : '流程图总览', section });
		for (const stage of section.stages) slides.push({ id: stage.slideId, kind: 'stage', label: stage.label, section, stage });
	}
	slides.push({ id: CLOSING_SLIDE, kind: 'closing', label: '回顾' });
	return slides;
}

/**
 * Slide index a URL hash points at. Accepts slide ids and bare stage ids (the playbook page's
 * anchors); anything else, including a malformed hash, opens the first slide.
 */
export function slideIndexFromHash(hash: string, ids: readonly string[]): number {
	let id: string;
	try {
		id = decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return 0;
	}
	const exact = ids.indexOf(id);
	if (exact >= 0) return exact;
	const stage = ids.indexOf(stageSlideId(id));
	return stage >= 0 ? stage : 0;
}

/** What a key press asks the deck to do. */
export type DeckAction =
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'digit'; digit: number }
	| { type: 'fullscreen' }
	| { type: 'exit' }
	| { type: 'presenter' }
	| { type: 'zoom'; zoom: 'in' | 'out' | 'reset' };

/** The fields of a KeyboardEvent the mapping reads. */
export interface KeyInput {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

/**
 * Key → action. Presentation clickers send PageDown/PageUp (some send arrows); browser shortcuts
 * with Ctrl/⌘/Alt are left alone.
 */
export function actionForKey(e: KeyInput): DeckAction | undefined {
	if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
	switch (e.key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return { type: 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return { type: 'prev' };
		case ' ':
		case 'Spacebar':
			return { type: e.shiftKey ? 'prev' : 'next' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
		case 'Escape':
			return { type: 'exit' };
		case 'p':
		case 'P':
			return { type: 'presenter' };
		case '+':
		case '=':
			return { type: 'zoom', zoom: 'in' };
		case '-':
		case '_':
			return { type: 'zoom', zoom: 'out' };
	}
	if (/^[0-9]$/.test(e.key)) return { type: 'digit', digit: Number(e.key) };
	return undefined;
}

/** A digit typed a moment ago, which the next digit may extend ("1", "2" → stage 12). */
export interface PendingDigit {
	value: number;
	at: number;
}

/** How long a digit waits for a second one, in ms. */
export const DIGIT_WINDOW = 1000;

/**
 * A typed digit → the stage number to jump to (1-based, within the current flow), or none.
 * A lone 0 jumps nowhere: on the overview it resets the zoom.
 */
export function resolveDigit(
	pending: PendingDigit | undefined,
	digit: number,
	now: number,
	stageCount: number,
): { stage?: number; pending: PendingDigit | undefined } {
	if (pending && now - pending.at <= DIGIT_WINDOW) {
		const combined = pending.value * 10 + digit;
		if (combined <= stageCount) return { stage: combined, pending: undefined };
	}
	if (digit >= 1 && digit <= stageCount) return { stage: digit, pending: { value: digit, at: now } };
	return { pending: undefined };
}

/** What number-key jumps need to know of a slide (the browser reads it from the page). */
export interface SlidePlace {
	kind: string;
	section?: { id: string };
}

/** Index of the n-th stage slide (1-based) of the flow the current slide belongs to. */
export function stageSlideIndex(slides: readonly SlidePlace[], current: number, n: number): number | undefined {
	const here = slides[current]?.section ?? slides.find((s) => s.section)?.section;
	let seen = 0;
	for (let i = 0; i < slides.length; i++) {
		const s = slides[i]!;
		if (s.kind === 'stage' && s.section?.id === here?.id && ++seen === n) return i;
	}
	return undefined;
}

/** Stage slides in the flow of the current slide (the range number keys can reach). */
export function stagesInFlowOf(slides: readonly SlidePlace[], current: number): number {
	const here = slides[current]?.section ?? slides.find((s) => s.section)?.section;
	return slides.filter((s) => s.kind === 'stage' && s.section?.id === here?.id).length;
}

/** Keeps an index inside the deck. */
export function clampIndex(i: number, count: number): number {
	return Math.min(Math.max(i, 0), Math.max(count - 1, 0));
}

/** A finished swipe → next / prev, or nothing when it was short or mostly vertical. */
export function swipeAction(dx: number, dy: number, min = 50): 'next' | 'prev' | undefined {
	if (Math.abs(dx) < min || Math.abs(dx) < 1.5 * Math.abs(dy)) return undefined;
	return dx < 0 ? 'next' : 'prev';
}

/** Pan and zoom of the overview flowchart: translate(x, y) then scale, origin top-left. */
export interface View {
	scale: number;
	x: number;
	y: number;
}

export const IDENTITY: View = { scale: 1, x: 0, y: 0 };
export const MIN_SCALE = 1;
export const MAX_SCALE = 6;
/** One + / − press or button click. */
export const ZOOM_STEP = 1.25;

/** Keeps the content covering its box: no zooming out past fit, no panning into empty space. */
export function clampView(view: View, width: number, height: number): View {
	const scale = Math.min(Math.max(view.scale, MIN_SCALE), MAX_SCALE);
	const clamp = (v: number, size: number) => Math.min(0, Math.max(size * (1 - scale), v));
	return { scale, x: clamp(view.x, width), y: clamp(view.y, height) };
}

/** Zooms by `factor` keeping the point (px, py) of the box where it is (under the cursor or fingers). */
export function zoomAt(view: View, factor: number, px: number, py: number, width: number, height: number): View {
	const scale = Math.min(Math.max(view.scale * factor, MIN_SCALE), MAX_SCALE);
	const k = scale / view.scale;
	return clampView({ scale, x: px - (px - view.x) * k, y: py - (py - view.y) * k }, width, height);
}

/** Moves the content by (dx, dy) pixels. */
export function panBy(view: View, dx: number, dy: number, width: number, height: number): View {
	return clampView({ ...view, x: view.x + dx, y: view.y + dy }, width, height);
}

/** Zoom factor of one wheel event (trackpads send many small deltas, mice a few large ones). */
export function wheelFactor(deltaY: number): number {
	return Math.exp(-Math.max(-200, Math.min(200, deltaY)) * 0.002);
}

/** "00:05:07" for the presenter's timer. */
export function formatElapsed(ms: number): string {
	const s = Math.max(0, Math.floor(ms / 1000));
	return [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');
}
