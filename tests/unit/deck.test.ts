import { describe, expect, it } from 'vitest';
import {
	actionForKey,
	buildSlides,
	clampView,
	formatElapsed,
	panBy,
	resolveDigit,
	slideIndexFromHash,
	stageSlideIndex,
	stagesInFlowOf,
	swipeAction,
	zoomAt,
} from '../../src/features/deck/deck.ts';
import { makePlaybook } from './make-playbook.ts';

const single = makePlaybook({ title: '大客户开发流程', stages: [{ id: 'find', title: '寻找' }, { id: 'meet', title: '拜访' }, { id: 'close', title: '成交' }] });
const multi = makePlaybook({
	title: '房地产',
	stageNoun: '步骤',
	flows: [{ id: 'reception', title: '接待流程' }, { id: 'deal', title: '成交流程' }],
	stages: [
		{ id: 'greet', title: '迎客', flow: 'reception' },
		{ id: 'tour', title: '带看', flow: 'reception' },
		{ id: 'sign', title: '签约', flow: 'deal' },
	],
});

describe('buildSlides', () => {
	it('makes title, overview, one slide per stage and closing for a single-flow playbook', () => {
		const slides = buildSlides(single);
		expect(slides.map((s) => s.id)).toEqual(['title', 'overview', 'stage-find', 'stage-meet', 'stage-close', 'end']);
		expect(slides[3]!.label).toBe('阶段二 拜访');
	});
	it('gives every flow its own overview followed by its stages, numbered within the flow', () => {
		const slides = buildSlides(multi);
		expect(slides.map((s) => s.id)).toEqual(['title', 'overview-reception', 'stage-greet', 'stage-tour', 'overview-deal', 'stage-sign', 'end']);
		expect(slides[5]!.label).toBe('步骤一 签约');
		expect(slides[4]!.label).toBe('成交流程：流程图');
	});
});

describe('slideIndexFromHash', () => {
	const ids = buildSlides(single).map((s) => s.id);
	it('finds slide ids and bare stage ids', () => {
		expect(slideIndexFromHash('#stage-meet', ids)).toBe(3);
		expect(slideIndexFromHash('#meet', ids)).toBe(3);
		expect(slideIndexFromHash('#end', ids)).toBe(5);
	});
	it('opens the first slide for an empty, unknown or malformed hash', () => {
		expect(slideIndexFromHash('', ids)).toBe(0);
		expect(slideIndexFromHash('#nope', ids)).toBe(0);
		expect(slideIndexFromHash('#%E0%A4%A', ids)).toBe(0);
	});
});

describe('actionForKey', () => {
	it('maps clicker and keyboard keys to next and previous', () => {
		for (const key of ['ArrowRight', 'PageDown', ' ']) expect(actionForKey({ key })).toEqual({ type: 'next' });
		for (const key of ['ArrowLeft', 'PageUp']) expect(actionForKey({ key })).toEqual({ type: 'prev' });
		expect(actionForKey({ key: ' ', shiftKey: true })).toEqual({ type: 'prev' });
	});
	it('maps Home, End, F, Esc, P, digits and zoom keys', () => {
		expect(actionForKey({ key: 'Home' })).toEqual({ type: 'first' });
		expect(actionForKey({ key: 'End' })).toEqual({ type: 'last' });
		expect(actionForKey({ key: 'F' })).toEqual({ type: 'fullscreen' });
		expect(actionForKey({ key: 'Escape' })).toEqual({ type: 'exit' });
		expect(actionForKey({ key: 'p' })).toEqual({ type: 'presenter' });
		expect(actionForKey({ key: '3' })).toEqual({ type: 'digit', digit: 3 });
		expect(actionForKey({ key: '+' })).toEqual({ type: 'zoom', zoom: 'in' });
		expect(actionForKey({ key: '-' })).toEqual({ type: 'zoom', zoom: 'out' });
	});
	it('leaves browser shortcuts alone', () => {
		expect(actionForKey({ key: 'f', ctrlKey: true })).toBeUndefined();
		expect(actionForKey({ key: 'ArrowLeft', altKey: true })).toBeUndefined();
		expect(actionForKey({ key: 'x' })).toBeUndefined();
	});
});

describe('number keys', () => {
	it('jumps to a stage at once and lets a quick second digit extend it', () => {
		const first = resolveDigit(undefined, 1, 0, 12);
		expect(first.stage).toBe(1);
		expect(resolveDigit(first.pending, 2, 500, 12).stage).toBe(12);
		expect(resolveDigit(first.pending, 2, 5000, 12).stage).toBe(2);
	});
	it('ignores 0 and numbers past the last stage', () => {
		expect(resolveDigit(undefined, 0, 0, 5).stage).toBeUndefined();
		expect(resolveDigit(undefined, 7, 0, 5).stage).toBeUndefined();
	});
	it('counts stages within the flow of the current slide', () => {
		const slides = buildSlides(multi);
		expect(stageSlideIndex(slides, 0, 2)).toBe(3);
		expect(stageSlideIndex(slides, 5, 1)).toBe(5);
		expect(stageSlideIndex(slides, 5, 2)).toBeUndefined();
		expect(stagesInFlowOf(slides, 4)).toBe(1);
	});
});

describe('swipes', () => {
	it('turns a long horizontal swipe into next or previous and ignores the rest', () => {
		expect(swipeAction(-120, 10)).toBe('next');
		expect(swipeAction(120, 10)).toBe('prev');
		expect(swipeAction(-30, 0)).toBeUndefined();
		expect(swipeAction(-100, 90)).toBeUndefined();
	});
});

describe('zoom and pan', () => {
	it('keeps the point under the cursor still while zooming', () => {
		const v = zoomAt({ scale: 1, x: 0, y: 0 }, 2, 100, 50, 400, 300);
		expect(v).toEqual({ scale: 2, x: -100, y: -50 });
		// the content point under (100, 50) is still (100 - x) / scale = 100
		expect((100 - v.x) / v.scale).toBe(100);
	});
	it('never zooms out past fit nor pans into empty space', () => {
		expect(zoomAt({ scale: 1, x: 0, y: 0 }, 0.5, 10, 10, 400, 300)).toEqual({ scale: 1, x: 0, y: 0 });
		expect(panBy({ scale: 2, x: 0, y: 0 }, 50, 50, 400, 300)).toEqual({ scale: 2, x: 0, y: 0 });
		expect(panBy({ scale: 2, x: 0, y: 0 }, -1000, -1000, 400, 300)).toEqual({ scale: 2, x: -400, y: -300 });
		expect(clampView({ scale: 99, x: 0, y: 0 }, 400, 300).scale).toBe(6);
	});
});

describe('small helpers', () => {
	it('formats the presenter timer', () => {
		expect(formatElapsed(0)).toBe('00:00:00');
		expect(formatElapsed(3_725_000)).toBe('01:02:05');
	});
});
