import { describe, expect, it } from 'vitest';
import { PlaybookSchema } from '../../src/model/schemas/playbook.ts';

const stage = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	title: '阶段',
	goal: '目标',
	tasks: [{ id: 'do-it', text: '做事' }],
	...extra,
});
const playbook = (stages: unknown[], extra: Record<string, unknown> = {}) => ({ summary: '概要', order: 1, audience: ['销售'], stages, ...extra });
const issues = (input: unknown) => {
	const r = PlaybookSchema.safeParse(input);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('PlaybookSchema', () => {
	it('accepts a minimal playbook and fills defaults', () => {
		const r = PlaybookSchema.parse(playbook([stage('first')]));
		expect(r.stageNoun).toBe('阶段');
		expect(r.stages[0]!.editorial).toEqual([]);
		expect(r.stages[0]!.tasks[0]!.editorial).toBe(false);
	});
	it('accepts 合规提示 that end with the closing sentence, and rejects one that does not, naming the field', () => {
		const ok = '《民法典》第五百八十六条规定定金不得超过主合同标的额的百分之二十。以法务审核的正式文本和当地规定为准。';
		expect(issues(playbook([stage('a', { compliance: [ok] })]))).toEqual([]);
		expect(PlaybookSchema.parse(playbook([stage('a')])).stages[0]!.compliance).toEqual([]);
		expect(issues(playbook([stage('a', { compliance: [ok, '定金不得超过总价的 20%。'] })]))).toEqual([
			'stages.0.compliance.1: 合规提示必须以“以法务审核的正式文本和当地规定为准。”结尾（先写法律怎样规定，再写这句）',
		]);
		// The sentence must close the note, not merely appear in it.
		expect(issues(playbook([stage('a', { compliance: ['以法务审核的正式文本和当地规定为准。另见附件'] })]))).toHaveLength(1);
	});
	it('names the field of a bad id', () => {
		expect(issues(playbook([stage('First Stage')]))[0]).toMatch(/^stages\.0\.id: 必须是小写英文 kebab-case/);
	});
	it('refuses duplicate stage ids and task ids, naming where', () => {
		expect(issues(playbook([stage('a'), stage('a')]))).toEqual(['stages.1.id: 阶段 id "a" 与 stages[0] 重复']);
		const twice = stage('a', { tasks: [{ id: 't', text: '1' }, { id: 't', text: '2' }] });
		expect(issues(playbook([twice]))).toEqual(['stages.0.tasks.1.id: 任务 id "t" 在本阶段重复']);
	});
	it('refuses unknown fields instead of silently dropping them', () => {
		expect(issues(playbook([stage('a', { owner: ['x'] })]))[0]).toMatch(/^stages\.0/);
	});
	it('requires every stage to name a defined flow when there are several flows', () => {
		const flows = [{ id: 'reception', title: '接待流程' }];
		expect(issues(playbook([stage('a')], { flows }))[0]).toMatch(/^stages\.0\.flow: /);
		expect(issues(playbook([stage('a', { flow: 'sign' })], { flows }))[0]).toMatch(/没有 id 为 "sign" 的流程/);
		expect(issues(playbook([stage('a', { flow: 'reception' })], { flows }))).toEqual([]);
	});
	it('requires at least one task per stage', () => {
		expect(issues(playbook([stage('a', { tasks: [] })]))[0]).toMatch(/^stages\.0\.tasks: 每个阶段至少要有一项任务/);
	});
});
