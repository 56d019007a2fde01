import { describe, expect, it } from 'vitest';
import { editorialMarks, isEditorial, stageLabel, stageSections } from '../../src/lib/playbook.ts';

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
	it('places 编者补充 marks by one rule: the heading of a whole stage, else each field, else each task', () => {
		const whole = editorialMarks({ id: 'a', title: 'A', editorial: true, tasks: [{ id: 't', editorial: true }] });
		expect([whole.stage, whole.field('focus'), whole.task({ editorial: true })]).toEqual([true, false, false]);
		const fields = editorialMarks({ id: 'a', title: 'A', editorial: ['tasks', 'gate'] });
		expect([fields.stage, fields.field('tasks'), fields.field('gate'), fields.field('focus'), fields.task({ editorial: true })]).toEqual([false, true, true, false, false]);
		const tasks = editorialMarks({ id: 'a', title: 'A', editorial: ['focus'] });
		expect([tasks.task({ editorial: true }), tasks.task({ editorial: false }), tasks.task({})]).toEqual([true, false, false]);
	});
});
