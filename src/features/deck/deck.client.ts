/**
 * The deck in the browser: one slide at a time, keys / clicker / swipe, the slide in the URL hash,
 * full screen, presenter view, pan and zoom of the overview flowchart, and type that shrinks
 * until a slide fits. Everything it needs is already in the page, so it keeps working offline.
 */
import {
	actionForKey,
	clampIndex,
	formatElapsed,
	IDENTITY,
	panBy,
	resolveDigit,
	slideIndexFromHash,
	stageSlideIndex,
	stagesInFlowOf,
	swipeAction,
	wheelFactor,
	zoomAt,
	ZOOM_STEP,
	type PendingDigit,
	type SlidePlace,
	type View,
} from './deck.ts';

const root = document.documentElement;
const slides = [...document.querySelectorAll<HTMLElement>('.slide')];
const ids = slides.map((s) => s.id);
const meta: SlidePlace[] = slides.map((s) => ({ kind: s.dataset.kind!, section: s.dataset.section ? { id: s.dataset.section } : undefined }));
const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel);
const counter = $('[data-deck-counter]')!;
const presenter = $<HTMLElement>('.presenter')!;
const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`deck:${location.pathname}`) : undefined;
let current = -1;
let pending: PendingDigit | undefined;

function show(index: number, { broadcast = true } = {}) {
	const next = clampIndex(index, slides.length);
	if (next === current) return;
	const hadFocus = current >= 0 && slides[current]!.contains(document.activeElement);
	slides[current]?.removeAttribute('data-active');
	current = next;
	const slide = slides[current]!;
	slide.setAttribute('data-active', '');
	if (!fitted.has(slide)) fit(slide);
	counter.textContent = `${current + 1} / ${slides.length}：${slide.dataset.label}`;
	if (location.hash !== `#${slide.id}`) history.replaceState(null, '', `#${slide.id}`);
	if (hadFocus) slide.focus({ preventScroll: true });
	updatePresenter();
	if (broadcast) channel?.postMessage(slide.id);
}

function updatePresenter() {
	if (presenter.hidden) return;
	const notes = slides[current]!.querySelector<HTMLElement>('.slide-notes[data-notes]');
	$('[data-presenter-notes]')!.textContent = notes?.textContent || '本页没有讲稿。';
	$('[data-presenter-next]')!.textContent = slides[current + 1]?.dataset.label ?? '（最后一页）';
}

let started = 0;
let timer: number | undefined;
function togglePresenter() {
	presenter.hidden = !presenter.hidden;
	root.toggleAttribute('data-presenter', !presenter.hidden);
	$('[data-deck="presenter"]')!.setAttribute('aria-pressed', String(!presenter.hidden));
	clearInterval(timer);
	if (!presenter.hidden) {
		started ||= Date.now();
		const tick = () => ($('[data-presenter-timer]')!.textContent = formatElapsed(Date.now() - started));
		tick();
		timer = window.setInterval(tick, 1000);
	}
	updatePresenter();
	refit();
}

function toggleFullscreen() {
	if (document.fullscreenElement) void document.exitFullscreen();
	else void root.requestFullscreen?.().catch(() => undefined);
}

// ---- Type that fits: shrink a slide's text in small steps until nothing overflows ----
// Only a slide that is shown is drawn (deck.css skips the others' layout), so a slide is fitted
// when it is first shown at the current size, not all at load (issue 15: fitting every slide at
// load forced a layout per step per slide, the deck's main blocking time).
const overflows = (el: HTMLElement) => el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth;
let fitted = new WeakSet<HTMLElement>();
function fit(slide: HTMLElement) {
	let scale = 1;
	const body = slide.querySelector<HTMLElement>('.slide-body')!;
	slide.style.setProperty('--fit', '1');
	// The body is the slide's content box: text running into the padding counts as overflow too.
	while (scale > 0.55 && (overflows(slide) || overflows(body))) {
		scale = Math.round((scale - 0.05) * 100) / 100;
		slide.style.setProperty('--fit', String(scale));
	}
	fitted.add(slide);
}
/** After a change of size: every slide fits again when next shown; the one shown now at once. */
function refit() {
	fitted = new WeakSet();
	if (slides[current]) fit(slides[current]!);
}
let resizing: number | undefined;
window.addEventListener('resize', () => {
	clearTimeout(resizing);
	resizing = window.setTimeout(refit, 100);
});
// A handout prints every slide: all are drawn and fitted first.
window.addEventListener('beforeprint', () => {
	root.setAttribute('data-deck-all', '');
	for (const slide of slides) if (!fitted.has(slide)) fit(slide);
});
window.addEventListener('afterprint', () => root.removeAttribute('data-deck-all'));

// ---- Overview pan and zoom ----
const views = new WeakMap<HTMLElement, View>();
function applyView(viewport: HTMLElement, view: View) {
	views.set(viewport, view);
	(viewport.firstElementChild as HTMLElement).style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
	viewport.toggleAttribute('data-zoomed', view.scale > 1);
}
function zoomBy(viewport: HTMLElement, how: 'in' | 'out' | 'reset', px?: number, py?: number) {
	const { width, height } = viewport.getBoundingClientRect();
	const view = views.get(viewport) ?? IDENTITY;
	if (how === 'reset') return applyView(viewport, IDENTITY);
	applyView(viewport, zoomAt(view, how === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP, px ?? width / 2, py ?? height / 2, width, height));
}
const activeViewport = () => slides[current]!.querySelector<HTMLElement>('[data-zoom]');

for (const viewport of document.querySelectorAll<HTMLElement>('[data-zoom]')) {
	const pointers = new Map<number, { x: number; y: number }>();
	let moved = false;
	viewport.addEventListener(
		'wheel',
		(e) => {
			e.preventDefault();
			const r = viewport.getBoundingClientRect();
			applyView(viewport, zoomAt(views.get(viewport) ?? IDENTITY, wheelFactor(e.deltaY), e.clientX - r.left, e.clientY - r.top, r.width, r.height));
		},
		{ passive: false },
	);
	viewport.addEventListener('pointerdown', (e) => {
		pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
		moved = false;
	});
	viewport.addEventListener('pointermove', (e) => {
		const last = pointers.get(e.pointerId);
		if (!last) return;
		const r = viewport.getBoundingClientRect();
		const view = views.get(viewport) ?? IDENTITY;
		if (pointers.size === 2) {
			const [a, b] = [...pointers.values()];
			const other = a === last ? b! : a!;
			const before = Math.hypot(last.x - other.x, last.y - other.y);
			const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
			if (before > 0) applyView(viewport, zoomAt(view, after / before, (e.clientX + other.x) / 2 - r.left, (e.clientY + other.y) / 2 - r.top, r.width, r.height));
		} else if (view.scale > 1) {
			if (!moved && Math.hypot(e.clientX - last.x, e.clientY - last.y) < 4) return;
			if (!moved) viewport.setPointerCapture(e.pointerId);
			applyView(viewport, panBy(view, e.clientX - last.x, e.clientY - last.y, r.width, r.height));
		} else return;
		moved = true;
		pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
	});
	const up = (e: PointerEvent) => pointers.delete(e.pointerId);
	viewport.addEventListener('pointerup', up);
	viewport.addEventListener('pointercancel', up);
	// A drag that panned is not a click on the node it ended on.
	viewport.addEventListener('click', (e) => moved && e.preventDefault(), true);
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-zoom-action]')) {
	const viewport = button.closest('.slide')!.querySelector<HTMLElement>('[data-zoom]');
	button.addEventListener('click', () => viewport && zoomBy(viewport, button.dataset.zoomAction as 'in' | 'out' | 'reset'));
}

// ---- Keys, buttons, swipes, hash ----
document.addEventListener('keydown', (e) => {
	if (e.defaultPrevented || e.isComposing) return;
	const target = e.target as HTMLElement;
	if (target.closest('input, select, textarea, [contenteditable]')) return;
	if ((e.key === ' ' || e.key === 'Enter') && target.closest('button')) return; // the button's own action
	const action = actionForKey(e);
	if (!action) return;
	const viewport = activeViewport();
	switch (action.type) {
		case 'next':
			show(current + 1);
			break;
		case 'prev':
			show(current - 1);
			break;
		case 'first':
			show(0);
			break;
		case 'last':
			show(slides.length - 1);
			break;
		case 'digit': {
			const r = resolveDigit(pending, action.digit, Date.now(), stagesInFlowOf(meta, current));
			pending = r.pending;
			const to = r.stage && stageSlideIndex(meta, current, r.stage);
			if (to !== undefined) show(to);
			else if (action.digit === 0 && viewport) zoomBy(viewport, 'reset');
			else return;
			break;
		}
		case 'zoom':
			if (!viewport) return;
			zoomBy(viewport, action.zoom);
			break;
		case 'fullscreen':
			toggleFullscreen();
			break;
		case 'presenter':
			togglePresenter();
			break;
		case 'exit':
			// In full screen the browser takes Esc itself; otherwise it leads back to the playbook.
			if (document.fullscreenElement) void document.exitFullscreen();
			else location.href = document.body.dataset.back!;
			break;
	}
	e.preventDefault();
});

$('[data-deck="prev"]')!.addEventListener('click', () => show(current - 1));
$('[data-deck="next"]')!.addEventListener('click', () => show(current + 1));
$('[data-deck="fullscreen"]')!.addEventListener('click', toggleFullscreen);
$('[data-deck="presenter"]')!.addEventListener('click', togglePresenter);

let swipe: { x: number; y: number } | undefined;
const deck = $<HTMLElement>('.slides')!;
deck.addEventListener('pointerdown', (e) => {
	swipe = e.pointerType !== 'mouse' && !(e.target as Element).closest('[data-zoom]') ? { x: e.clientX, y: e.clientY } : undefined;
});
deck.addEventListener('pointerup', (e) => {
	if (!swipe) return;
	const dir = swipeAction(e.clientX - swipe.x, e.clientY - swipe.y);
	swipe = undefined;
	if (dir) show(current + (dir === 'next' ? 1 : -1));
});

window.addEventListener('hashchange', () => show(slideIndexFromHash(location.hash, ids)));
channel?.addEventListener('message', (e) => show(ids.indexOf(String(e.data)), { broadcast: false }));

show(slideIndexFromHash(location.hash, ids), { broadcast: false });
void document.fonts?.ready.then(refit);
root.setAttribute('data-deck-ready', '');
