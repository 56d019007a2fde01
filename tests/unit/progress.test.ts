import { describe, expect, it } from 'vitest';
import { lockedBy, runStatus, stageCount, stageView, statusLabel, type ChecklistPlaybook } from '../../src/features/checklist/progress.ts';
import type { Run } from '../../src/features/store/shape.ts';

const playbook: ChecklistPlaybook = {
	slug: 'key-account',
	title: '大客户开发流程',
	stages: [
		{ id: 'one', label: '阶段一', tasks: ['a', 'b'], gate: true },
		{ id: 'two', label: '阶段二', tasks: ['c'], gate: false },
		{ id: 'three', label: '阶段三', tasks: ['d'], gate: false },
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
				{ id: 'x', label: 'x', flow: 'f1', tasks: ['a'], gate: true },
				{ id: 'y', label: 'y', flow: 'f1', tasks: ['a'], gate: false },
				{ id: 'z', label: 'z', flow: 'f2', tasks: ['a'], gate: false },
			],
		};
		expect(runStatus(flows, undefined).states).toEqual({ x: 'open', y: 'locked', z: 'open' });
	});
});

describe('stageView (what one stage island is sent)', () => {
	const flows: ChecklistPlaybook = {
		slug: 'real-estate',
		title: '房地产销售工作流程',
		stages: [
			{ id: 'r1', label: '接待一', flow: 'reception', tasks: ['a'], gate: true },
			{ id: 'r2', label: '接待二', flow: 'reception', tasks: ['b'], gate: false },
			{ id: 's1', label: '认购一', flow: 'subscription', tasks: ['c'], gate: true },
			{ id: 's2', label: '认购二', flow: 'subscription', tasks: ['d'], gate: true },
			{ id: 's3', label: '认购三', flow: 'subscription', tasks: ['e'], gate: false },
		],
	};
	const runs = [
		run([]),
		run(['s1/c'], { s1: { answer: 'yes', at: 'd', updatedAt: 't' } }),
		run(['r1/a'], { r1: { answer: 'yes', at: 'd', updatedAt: 't' }, s2: { answer: 'no', at: 'd', updatedAt: 't' } }),
	];

	it('keeps only the stage and the gates before it in its flow', () => {
		expect(stageView(flows, 's3').stages.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
		expect(stageView(flows, 'r2').stages.map((s) => s.id)).toEqual(['r1', 'r2']);
		expect(stageView(flows, 's1').stages.map((s) => s.id)).toEqual(['s1']);
		expect(() => stageView(flows, 'nope')).toThrow('real-estate: no stage "nope"');
	});

	it('gives every stage the same lock and count as the whole playbook would', () => {
		for (const pb of [playbook, flows])
			for (const r of runs)
				for (const s of pb.stages) {
					const view = stageView(pb, s.id);
					expect(lockedBy(view, r, s.id)?.id).toBe(lockedBy(pb, r, s.id)?.id);
					expect(stageCount(r, view.stages.at(-1)!)).toEqual(stageCount(r, s));
				}
	});
});
