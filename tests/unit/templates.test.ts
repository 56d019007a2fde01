import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { TemplateSchema, type Template } from '../../src/model/schemas/template.ts';
import { resolvePaper, sortTemplates, type TemplateEntry } from '../../src/model/templates.ts';
import { fieldsIn } from '../../src/model/template-text.ts';
import { smsSegments, fillText } from '../../src/features/templates/sms.ts';

const DIR = 'content/templates';
const entries: TemplateEntry[] = readdirSync(DIR)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ id: f.replace(/\.yaml$/, ''), data: TemplateSchema.parse(yaml.load(readFileSync(`${DIR}/${f}`, 'utf8'))) }));
const byId = (id: string) => entries.find((e) => e.id === id)!;

describe('template content', () => {
	it('lists SMS templates before forms, each kind in its `order`', () => {
		const sorted = sortTemplates(entries).map((e) => e.data);
		const kinds = sorted.map((t) => t.kind);
		expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'sms' ? -1 : 1)));
		for (const kind of ['sms', 'form'] as const) {
			const orders = sorted.filter((t) => t.kind === kind).map((t) => t.order);
			expect(orders).toEqual([...orders].sort((a, b) => a - b));
		}
		expect(new Set(kinds)).toEqual(new Set(['sms', 'form']));
	});
	it('applies the brief’s repairs: 《商品房买卖合同》 everywhere, 步骤 not 步奏', () => {
		const text = readdirSync(DIR).map((f) => readFileSync(`${DIR}/${f}`, 'utf8')).join('\n');
		expect(text).not.toMatch(/步奏|商品买卖销合同|商品房购房合同/);
		expect(byId('signing-notice').data.paper!.blocks.some((b) => b.type === 'p' && b.text.includes('《商品房买卖合同》'))).toBe(true);
	});
	it('keeps the commitment letter’s clauses 一 to 七 in order', () => {
		const text = byId('purchase-commitment').data.paper!.blocks.map((b) => (b.type === 'p' ? b.text : '')).join('');
		const at = ['一、', '二、', '三、', '四、', '五、', '六、', '七、'].map((c) => text.indexOf(c));
		expect(at.every((i) => i >= 0)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
	});
	it('gives 业主档案确认表 the company case and three owners with ten fields each', () => {
		const names = byId('owner-record').data.fields.map((f) => f.name);
		expect(names).toContain('公司名称');
		for (const who of ['主产权人', '共有人1', '共有人2']) expect(names.filter((n) => n.startsWith(who))).toHaveLength(10);
	});
	it('keeps SMS texts short: at most three parts even with every variable filled', () => {
		for (const e of entries.filter((x) => x.data.kind === 'sms')) {
			const filled = fillText(e.data.body!, Object.fromEntries(e.data.fields.map((f) => [f.name, '示例文字'])));
			expect(smsSegments(filled), e.id).toBeLessThanOrEqual(3);
		}
	});
});

describe('TemplateSchema', () => {
	const base = { title: 'T', kind: 'sms', order: 1, summary: 's', when: 'w' };
	it('rejects a placeholder without a field, naming it', () => {
		const r = TemplateSchema.safeParse({ ...base, fields: [], body: '{客户姓名}您好' });
		expect(r.success).toBe(false);
		expect(r.error!.issues[0]!.path).toEqual(['body']);
		expect(r.error!.issues[0]!.message).toContain('{客户姓名}');
	});
	it('rejects unused and duplicate fields and unknown formats', () => {
		const field = { name: '房号', label: '房号' };
		const r = TemplateSchema.safeParse({ ...base, fields: [field, field, { name: '姓名', label: '姓名' }], body: '{房号}' });
		expect(r.error!.issues.map((i) => i.message)).toEqual(['字段 "房号" 重复', '字段 "姓名" 没有在正文中使用']);
		expect(TemplateSchema.safeParse({ ...base, fields: [{ ...field, format: 'email' }], body: '{房号}' }).success).toBe(false);
	});
	it('checks an ID field’s 国籍 link: an existing field, on an idcard field only', () => {
		const ok = { ...base, fields: [{ name: '国籍', label: '国籍' }, { name: '证件', label: '证件号码', format: 'idcard', nationality: '国籍' }], body: '{国籍}{证件}' };
		expect(TemplateSchema.safeParse(ok).success).toBe(true);
		const missing = { ...ok, fields: [ok.fields[0], { ...ok.fields[1], nationality: '籍贯' }] };
		expect(TemplateSchema.safeParse(missing).error!.issues.map((i) => i.message)).toEqual(['没有名为 "籍贯" 的国籍字段']);
		const wrong = { ...ok, fields: [ok.fields[0], { ...ok.fields[1], format: 'mobile' }] };
		expect(TemplateSchema.safeParse(wrong).error!.issues.map((i) => i.message)).toEqual(['nationality 只用于 format: idcard 的证件号码字段']);
	});
	it('needs a body for an SMS and paper for a form', () => {
		expect(TemplateSchema.safeParse({ ...base }).error!.issues[0]!.path).toEqual(['body']);
		expect(TemplateSchema.safeParse({ ...base, kind: 'form' }).error!.issues[0]!.path).toEqual(['paper']);
	});
	it('accepts a printed note and fails a 合规提示 note without the closing sentence', () => {
		const form = (text: string, title = '合规提示') => TemplateSchema.safeParse({ ...base, kind: 'form', paper: { title: 'P', blocks: [{ type: 'note', title, text }] } });
		expect(form('定金不超过总价的 20%。以法务审核的正式文本和当地规定为准。').success).toBe(true);
		expect(form('这是编者的更正。', '编者注').success).toBe(true);
		const bad = form('定金不超过总价的 20%。');
		expect(bad.success).toBe(false);
		expect(bad.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['paper.blocks.0.text: 合规提示必须以“以法务审核的正式文本和当地规定为准。”结尾']);
	});
	it('prints the letter’s 第二条 correction, 合规提示 and 个人信息处理告知 as notes', () => {
		const notes = byId('purchase-commitment').data.paper!.blocks.filter((b) => b.type === 'note');
		expect(notes.map((b) => b.title)).toEqual(['编者注', '合规提示', '个人信息处理告知']);
		expect(notes[0]!.type === 'note' && notes[0]!.text).toContain('应为第三条');
		expect(byId('owner-record').data.paper!.blocks.some((b) => b.type === 'note' && b.title === '个人信息处理告知')).toBe(true);
	});
	it('treats {_8} as a line to write on, not a field', () => {
		const t: Template = TemplateSchema.parse({ ...base, kind: 'form', paper: { title: 'P', blocks: [{ type: 'p', text: '签字：{_8}' }] } });
		expect(fieldsIn('签字：{_8}{房号}')).toEqual(['房号']);
		expect(t.fields).toEqual([]);
	});
});

describe('resolvePaper', () => {
	it('shows the letter’s two materials lists in 签约须知, with their fill-in fields', () => {
		const { blocks, fields } = resolvePaper(byId('signing-notice'), entries);
		const lists = blocks.filter((b) => b.type === 'list');
		expect(lists.map((b) => b.title)).toEqual(['已婚：', '未婚或离异：']);
		expect(lists[0]).toEqual(byId('purchase-commitment').data.paper!.blocks.find((b) => b.type === 'list' && b.id === 'married'));
		expect(fields.map((f) => f.name)).toEqual(['签约日期', '签约地点', '置业顾问', '联系电话', '已婚其他材料', '未婚或离异其他材料']);
	});
	it('fails naming the template when an include points nowhere', () => {
		const broken = { id: 'x', data: { ...byId('signing-notice').data, paper: { title: 'x', blocks: [{ type: 'include' as const, template: 'nope', block: 'married' }] } } };
		expect(() => resolvePaper(broken, entries)).toThrow('模板 x：include 找不到 nope 中 id 为 "married" 的列表');
	});
});
