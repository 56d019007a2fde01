/**
 * The template model: an SMS or a printable form, written once under content/templates/. Its
 * fields (name, label, type, required, format) and a body with `{字段名}` placeholders are all the
 * pages, the live preview, the checks, the print layout and fill-once storage need.
 *
 * Placeholders: `{客户姓名}` is the field named 客户姓名; `{_6}` is a 6 em line to write on by hand
 * (signatures), never filled on screen.
 */
import { z } from 'astro/zod';
import { COMPLIANCE_ENDING, IdSchema } from './playbook.ts';
import { FORMATS } from '../lib/field-checks.ts';
import { PLACEHOLDER } from '../lib/sms.ts';

const Text = z.string().trim().min(1, '不能为空');

/** A field name doubles as its placeholder and its fill-once key: same name, same value everywhere. */
export const FieldNameSchema = z.string().regex(/^[^{}\s_][^{}\s]*$/, '字段名不能包含空格或花括号，也不能以 _ 开头');

export const FieldSchema = z.strictObject({
	name: FieldNameSchema,
	/** Accessible and visible label, e.g. "主产权人身份证号". */
	label: Text,
	/** text: typed; choice: one of `options`; computed: filled by the 月供 calculator. */
	type: z.enum(['text', 'choice', 'computed']).default('text'),
	required: z.boolean().default(false),
	/** What the typed value is checked against. */
	format: z.enum(FORMATS).optional(),
	options: z.array(Text).min(2).optional(),
	/** Length of the line on paper, in em (one Chinese character). */
	width: z.number().min(1).max(40).default(6),
	/** Example or advice shown under an SMS field. */
	hint: Text.optional(),
});

/** A paragraph; `align: end` for signature lines. */
const ParagraphBlock = z.strictObject({
	type: z.literal('p'),
	text: Text,
	align: z.enum(['start', 'center', 'end']).default('start'),
	/** First-line indent of two characters, as Chinese prose is set. */
	indent: z.boolean().default(false),
	/** Marks the paragraph as an editor's addition (shown on screen, not printed). */
	editorial: z.boolean().default(false),
});

/** A titled list whose items carry their own numbering ("1、…"), as in the source. */
const ListBlock = z.strictObject({
	type: z.literal('list'),
	id: IdSchema.optional(),
	title: Text.optional(),
	items: z.array(Text).min(1),
});

/** A boxed group of lines, e.g. one owner's details. */
const SectionBlock = z.strictObject({
	type: z.literal('section'),
	title: Text,
	lines: z.array(Text).min(1),
});

/** A block of another template, shown here too (one fact, one place). */
const IncludeBlock = z.strictObject({
	type: z.literal('include'),
	template: IdSchema,
	block: IdSchema,
});

/**
 * A boxed note on the paper that is not part of the source form: a correction (编者注), the
 * 个人信息处理告知, a 合规提示. Always editor's text: it prints with its 编者补充 mark, so whoever
 * adopts the form sees what to have reviewed. A 合规提示 ends with COMPLIANCE_ENDING.
 */
const NoteBlock = z
	.strictObject({
		type: z.literal('note'),
		/** e.g. 编者注, 个人信息处理告知, 合规提示, 签约时间和地点. */
		title: Text,
		text: Text,
	})
	.refine((b) => b.title !== '合规提示' || b.text.endsWith(COMPLIANCE_ENDING), {
		message: `合规提示必须以“${COMPLIANCE_ENDING}”结尾`,
		path: ['text'],
	});

export const BlockSchema = z.discriminatedUnion('type', [ParagraphBlock, ListBlock, SectionBlock, IncludeBlock, NoteBlock]);

/** Which fields feed and receive the 月供 calculator. */
export const CalculatorSchema = z.strictObject({
	totalPrice: FieldNameSchema,
	downPayment: FieldNameSchema,
	annualRate: FieldNameSchema,
	years: FieldNameSchema,
	loanAmount: FieldNameSchema,
	payment: FieldNameSchema,
});

export const TemplateSchema = z
	.strictObject({
		title: Text,
		kind: z.enum(['sms', 'form']),
		/** Order on the index page and in the sidebar. */
		order: z.number().int().min(1),
		/** One sentence: what it is for. */
		summary: Text,
		/** When in the sales flow it is used. */
		when: Text,
		/** What in it is an editor's addition (编者补充), when anything is. */
		editorial: Text.optional(),
		fields: z.array(FieldSchema).default([]),
		/** SMS text. */
		body: Text.optional(),
		/** Form: the heading printed on paper and the blocks below it. */
		paper: z.strictObject({ title: Text, blocks: z.array(BlockSchema).min(1) }).optional(),
		calculator: CalculatorSchema.optional(),
	})
	.superRefine((t, ctx) => {
		if (t.kind === 'sms' && !t.body) ctx.addIssue({ code: 'custom', path: ['body'], message: '短信模板需要 body' });
		if (t.kind === 'form' && !t.paper) ctx.addIssue({ code: 'custom', path: ['paper'], message: '表单模板需要 paper' });
		const names = new Map<string, number>();
		t.fields.forEach((f, i) => {
			if (names.has(f.name)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'name'], message: `字段 "${f.name}" 重复` });
			names.set(f.name, i);
			if (f.type === 'choice' && !f.options) ctx.addIssue({ code: 'custom', path: ['fields', i, 'options'], message: 'choice 字段需要 options' });
		});
		const used = new Set<string>();
		const check = (text: string, path: (string | number)[]) => {
			for (const m of text.matchAll(PLACEHOLDER)) {
				const name = m[1]!;
				if (/^_\d+$/.test(name)) continue;
				used.add(name);
				if (!names.has(name)) ctx.addIssue({ code: 'custom', path, message: `占位符 {${name}} 没有对应的字段（fields 中没有 name: ${name}）` });
			}
		};
		if (t.body) check(t.body, ['body']);
		t.paper?.blocks.forEach((b, i) => {
			const path = ['paper', 'blocks', i];
			if (b.type === 'p') check(b.text, [...path, 'text']);
			if (b.type === 'list') b.items.forEach((item, j) => check(item, [...path, 'items', j]));
			if (b.type === 'section') b.lines.forEach((line, j) => check(line, [...path, 'lines', j]));
			if (b.type === 'note') check(b.text, [...path, 'text']);
		});
		const calc = new Set(Object.values(t.calculator ?? {}));
		t.fields.forEach((f, i) => {
			if (!used.has(f.name) && !calc.has(f.name)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'name'], message: `字段 "${f.name}" 没有在正文中使用` });
		});
		for (const [key, name] of Object.entries(t.calculator ?? {}))
			if (!names.has(name)) ctx.addIssue({ code: 'custom', path: ['calculator', key], message: `没有名为 "${name}" 的字段` });
	});

export type Template = z.output<typeof TemplateSchema>;
export type Field = Template['fields'][number];
export type Block = z.output<typeof BlockSchema>;
export type Calculator = z.output<typeof CalculatorSchema>;
