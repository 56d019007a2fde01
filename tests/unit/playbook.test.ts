import { describe, expect, it } from 'vitest';
import { isEditorial, stageLabel, stageSections } from '../../src/model/stages.ts';

const stages = [
	{ id: 'a', title: '接待', flow: 'one' },
	{ id: 'b', title: '介绍', flow: 'one' },
	{ id: 'c', title: '认购', flow: 'two' },
];

describe('playbook helpers', () => {
	it('numbers stages within their own flow', () => {
		expect(stageLabel(stages, stages[1]!)).toBe('阶段二 介绍');
		expect(stageLabel(stages, stages[2]!, '步骤')).toBe('步骤一 认购');
	});
	it('makes one section per flow, or one for all stages', () => {
		const flows = [{ id: 'one', title: '接待流程' }, { id: 'two', title: '认购流程' }];
		expect(stageSections({ flows, stages }).map((s) => [s.id, s.stages.length])).toEqual([['one', 2], ['two', 1]]);
		const single = stageSections({ stages: [{ id: 'x', title: 'X' }], stageNoun: '步骤' });
		expect(single).toEqual([{ id: 'stages', title: '流程步骤', stages: [{ id: 'x', title: 'X' }] }]);
	});
	it('tells editorial fields apart', () => {
		expect(isEditorial({ id: 'a', title: 'A', editorial: true }, 'focus')).toBe(true);
		expect(isEditorial({ id: 'a', title: 'A', editorial: ['focus'] }, 'focus')).toBe(true);
		expect(isEditorial({ id: 'a', title: 'A', editorial: ['focus'] }, 'tasks')).toBe(false);
	});
});
