import { describe, expect, it } from 'vitest';
import { countText, lockedBy, lockText, runStatus, stageCount, statusLabel, type ChecklistPlaybook } from '../../src/features/checklist/progress.ts';
import type { Run } from '../../src/features/store/shape.ts';

const playbook: ChecklistPlaybook = {
	slug: 'key-account',
	title: '大客户开发流程',
	stages: [
		{ id: 'one', label: '阶段一', ordinal: '阶段一', tasks: ['a', 'b'], gate: true },
		{ id: 'two', label: '阶段二', ordinal: '阶段二', tasks: ['c'], gate: false },
		{ id: 'three', label: '阶段三', ordinal: '阶段三', tasks: ['d'], gate: false },
	],
};
const run = (tasks: string[], gates: Run['gates'] = {}): Run => ({
	id: 'r',
	playbook: 'key-account',
	name: 'n',
	createdAt: 't',
	updatedAt: 't',
	archived: false,
	tasks: Object.fromEntries(tasks.map((k) => [k, { done: true, updatedAt: 't' }])),
	gates,
});

describe('runStatus', () => {
	it('locks stages after an unanswered gate and points at the first open stage', () => {
		const s = runStatus(playbook, run(['one/a']));
		expect(s.states).toEqual({ one: 'open', two: 'locked', three: 'locked' });
		expect(s.current).toBe('one');
		expect(s.count).toEqual({ done: 1, total: 4 });
		expect(statusLabel(s)).toBe('进行中');
	});
	it('needs the gate answered 是 for its stage to be done', () => {
		expect(runStatus(playbook, run(['one/a', 'one/b'])).states.one).toBe('open');
		const yes = runStatus(playbook, run(['one/a', 'one/b'], { one: { answer: 'yes', at: 'd', updatedAt: 't' } }));
		expect(yes.states).toEqual({ one: 'done', two: 'open', three: 'open' });
		expect(yes.current).toBe('two');
	});
	it('ends the run as 已终止 on 否, with the reason and date', () => {
		const s = runStatus(playbook, run(['one/a'], { one: { answer: 'no', at: '2026-11-27', reason: '无需求', updatedAt: 't' } }));
		expect(s.terminated).toMatchObject({ at: '2026-11-27', reason: '无需求' });
		expect(s.terminated?.stage.id).toBe('one');
		expect(s.states.two).toBe('locked');
		expect(s.current).toBeUndefined();
		expect(statusLabel(s)).toBe('已终止');
		expect(lockedBy(playbook, run([]), 'three')?.id).toBe('one');
	});
	it('is complete when every stage is done', () => {
		const s = runStatus(playbook, run(['one/a', 'one/b', 'two/c', 'three/d'], { one: { answer: 'yes', at: 'd', updatedAt: 't' } }));
		expect(s.complete).toBe(true);
		expect(statusLabel(s)).toBe('已完成');
		expect(statusLabel(runStatus(playbook, undefined))).toBe('未开始');
	});
	it('only locks stages of the same flow', () => {
		const flows: ChecklistPlaybook = {
			...playbook,
			stages: [
				{ id: 'x', label: 'x', ordinal: 'x', flow: 'f1', tasks: ['a'], gate: true },
				{ id: 'y', label: 'y', ordinal: 'y', flow: 'f1', tasks: ['a'], gate: false },
				{ id: 'z', label: 'z', ordinal: 'z', flow: 'f2', tasks: ['a'], gate: false },
			],
		};
		expect(runStatus(flows, undefined).states).toEqual({ x: 'open', y: 'locked', z: 'open' });
	});
});

describe('what a stage shows (lock text, count)', () => {
	it('names the stage whose gate must be passed, briefly', () => {
		expect(lockText(playbook.stages[0]!)).toBe('已锁定：先通过阶段一的关卡');
		const locked = lockedBy(playbook, undefined, 'two')!;
		expect(lockText(locked)).toBe('已锁定：先通过阶段一的关卡');
	});
	it('counts a stage as done out of its tasks', () => {
		expect(countText(stageCount(run(['one/a']), playbook.stages[0]!))).toBe('已完成 1/2');
		expect(countText(stageCount(undefined, playbook.stages[0]!))).toBe('已完成 0/2');
	});
});
