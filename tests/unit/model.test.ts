import { describe, expect, it } from 'vitest';
import { checklistView, isEditorial, isEditorialTask } from '../../src/model/playbook.ts';
import { normalizeBase, routes, url } from '../../src/model/routes.ts';
import { makePlaybook } from './make-playbook.ts';

const multi = makePlaybook({
	slug: 'real-estate',
	stageNoun: '步骤',
	flows: [{ id: 'one', title: '接待流程' }, { id: 'two', title: '认购流程' }],
	stages: [
		{ id: 'a', title: '接待', flow: 'one' },
		{ id: 'b', title: '介绍', flow: 'one', tasks: ['x', 'y'], gate: { question: '定房吗？', yes: '认购', no: '跟进' } },
		{ id: 'c', title: '认购', flow: 'two', editorial: ['focus'] },
	],
});

describe('normalizePlaybook', () => {
	it('numbers stages within their own flow and labels them with the playbook noun', () => {
		expect(multi.stages.map((s) => s.label)).toEqual(['步骤一 接待', '步骤二 介绍', '步骤一 认购']);
		expect(multi.stages[1]!.ordinal).toBe('步骤二');
		expect(makePlaybook({ stages: [{ id: 'p', title: '寻找' }, { id: 'q', title: '拜访' }] }).stages[1]!.label).toBe('阶段二 拜访');
	});
	it('gives every stage its anchor, page link, slide id, flow title and task keys', () => {
		const b = multi.stages[1]!;
		expect([b.anchor, b.href, b.slideId, b.flowTitle]).toEqual(['b', '/playbooks/real-estate/#b', 'stage-b', '接待流程']);
		expect(b.taskKeys).toEqual(['b/x', 'b/y']);
	});
	it('makes one section per flow, or one "流程阶段" section for a single-flow playbook', () => {
		expect(multi.sections.map((s) => [s.id, s.href, s.stages.map((x) => x.id)])).toEqual([
			['one', '/playbooks/real-estate/#one', ['a', 'b']],
			['two', '/playbooks/real-estate/#two', ['c']],
		]);
		const single = makePlaybook({ slug: 's', stageNoun: '步骤', stages: [{ id: 'x', title: 'X' }] });
		expect(single.sections.map((s) => [s.id, s.title, s.href])).toEqual([['stages', '流程步骤', '/playbooks/s/#stages']]);
	});
	it('derives every page of the playbook from its slug', () => {
		expect([multi.href, multi.printHref, multi.deckHref, multi.quizHref]).toEqual([
			'/playbooks/real-estate/',
			'/checklists/real-estate/',
			'/present/real-estate/',
			'/onboarding/real-estate/quiz/',
		]);
		expect(multi.taskCount).toBe(4);
	});
	it('marks editorial fields, whole stages and tasks by one rule', () => {
		const c = multi.stages[2]!;
		expect(c.editorialFields.focus).toBe(true);
		expect(c.editorialFields.tasks).toBe(false);
		expect(c.wholeEditorial).toBe(false);
		const whole = makePlaybook({ stages: [{ id: 'w', title: 'W', editorial: true }] }).stages[0]!;
		expect(whole.wholeEditorial && whole.editorialFields.goal && whole.editorialFields.gate).toBe(true);
		expect(isEditorial({ editorial: ['focus'] }, 'tasks')).toBe(false);
		expect(isEditorialTask({ editorial: ['tasks'] }, { editorial: false })).toBe(true);
		expect(isEditorialTask({ editorial: [] }, { editorial: true })).toBe(true);
		expect(isEditorialTask({ editorial: [] }, { editorial: false })).toBe(false);
	});
	it('places 编者补充 marks by one rule: the heading of a whole stage, else each field, else each task', () => {
		const pb = makePlaybook({
			stages: [
				{ id: 'w', title: 'W', editorial: true, tasks: [{ id: 't', text: '任务', editorial: true }] },
				{ id: 'f', title: 'F', editorial: ['tasks', 'gate'], tasks: [{ id: 't', text: '任务', editorial: true }] },
				{ id: 'k', title: 'K', editorial: ['focus'], tasks: [{ id: 't', text: '任务', editorial: true }, 'u'] },
			],
		});
		const [whole, fields, tasks] = pb.stages.map((s) => s.marks);
		expect([whole!.stage, whole!.field.focus, whole!.task[0]]).toEqual([true, false, false]);
		expect([fields!.stage, fields!.field.tasks, fields!.field.gate, fields!.field.focus, fields!.task[0]]).toEqual([false, true, true, false, false]);
		expect(tasks!.task).toEqual([true, false]);
	});
	it('hands the checklist (its page controller and the share view) ids, labels, ordinals and gates only', () => {
		expect(checklistView(multi).stages[1]).toEqual({ id: 'b', label: '步骤二 介绍', ordinal: '步骤二', flow: 'one', tasks: ['x', 'y'], gate: true });
	});
});

describe('routes', () => {
	it('puts every URL under the base path', () => {
		expect(url('/playbooks/x/', '/sales/')).toBe('/sales/playbooks/x/');
		expect(url('/', '/sales/')).toBe('/sales/');
		expect(routes.term('定金')).toBe('/glossary/#term-定金');
		expect(routes.printSheet('key-account', 'r 1')).toBe('/checklists/key-account/?run=r%201');
	});
	it('normalizes a base path however it is written', () => {
		for (const b of ['/sales', 'sales/', '/sales/', ' /sales// ']) expect(normalizeBase(b)).toBe('/sales/');
		for (const b of ['', '/', undefined]) expect(normalizeBase(b)).toBe('/');
		expect(normalizeBase('/a/b')).toBe('/a/b/');
	});
});
