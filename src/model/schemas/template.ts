/**
 * The template model: an SMS or a printable form, written once under content/templates/. Its
 * fields (name, label, type, required, format) and a body with `{字段名}` placeholders are all the
 * pages, the live preview, the checks, the print layout and fill-once storage need.
 *
 * Placeholders: `{客户姓名}` is the field named 客户姓名; `{_6}` is a 6 em line to write on by hand
 * (signatures), never filled on screen.
 */
import { z } from 'astro/zod';
import { IdSchema, Text } from './text.ts';
import { COMPLIANCE_ENDING } from './playbook.ts';
import { FORMATS, LOAN_KINDS, PLACEHOLDER, RATE_MODES, type Format } from '../template-text.ts';

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
	/**
	 * For an `idcard` field: the field holding the holder's 国籍. The ID number is then checked as
	 * the document that nationality uses (居民身份证, 港澳/台湾通行证, 居住证, 护照).
	 */
	nationality: FieldNameSchema.optional(),
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

/**
 * Which fields feed and receive the 月供 calculator. Inputs: 总价, 首付款, the kind of loan (a
 * choice of 商业贷款/公积金贷款/组合贷), how the 商业贷款 rate is given (a choice of LPR 加减基点 /
 * 直接填写利率), LPR and 基点, the 商业贷款 rate, the 公积金 rate, the 公积金 part of a 组合贷 and the
 * term. Results (computed fields): 贷款金额, 贷款利率 and 月供 as the letter prints them.
 */
export const CalculatorSchema = z.strictObject({
	totalPrice: FieldNameSchema,
	downPayment: FieldNameSchema,
	loanKind: FieldNameSchema,
	rateMode: FieldNameSchema,
	lpr: FieldNameSchema,
	basisPoints: FieldNameSchema,
	commercialRate: FieldNameSchema,
	fundRate: FieldNameSchema,
	fundAmount: FieldNameSchema,
	years: FieldNameSchema,
	loanAmount: FieldNameSchema,
	rate: FieldNameSchema,
	payment: FieldNameSchema,
});

/** What each calculator key must be: a computed result, a choice with fixed options, or a typed format. */
const CALCULATOR_FIELDS: Record<keyof z.output<typeof CalculatorSchema>, { type: 'computed' } | { type: 'choice'; options: readonly string[] } | { type: 'text'; format: Format }> = {
	totalPrice: { type: 'text', format: 'money' },
	downPayment: { type: 'text', format: 'money' },
	loanKind: { type: 'choice', options: LOAN_KINDS },
	rateMode: { type: 'choice', options: RATE_MODES },
	lpr: { type: 'text', format: 'rate' },
	basisPoints: { type: 'text', format: 'basisPoints' },
	commercialRate: { type: 'text', format: 'rate' },
	fundRate: { type: 'text', format: 'rate' },
	fundAmount: { type: 'text', format: 'money' },
	years: { type: 'text', format: 'loanTerm' },
	loanAmount: { type: 'computed' },
	rate: { type: 'computed' },
	payment: { type: 'computed' },
};

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
		t.fields.forEach((f, i) => {
			if (f.nationality === undefined) return;
			if (f.format !== 'idcard') ctx.addIssue({ code: 'custom', path: ['fields', i, 'nationality'], message: 'nationality 只用于 format: idcard 的证件号码字段' });
			if (!names.has(f.nationality)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'nationality'], message: `没有名为 "${f.nationality}" 的国籍字段` });
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
		for (const [key, name] of Object.entries(t.calculator ?? {})) {
			const index = names.get(name);
			if (index === undefined) {
				ctx.addIssue({ code: 'custom', path: ['calculator', key], message: `没有名为 "${name}" 的字段` });
				continue;
			}
			const field = t.fields[index]!;
			const want = CALCULATOR_FIELDS[key as keyof typeof CALCULATOR_FIELDS];
			const ok =
				want.type === 'computed' ? field.type === 'computed'
				: want.type === 'choice' ? field.type === 'choice' && JSON.stringify(field.options) === JSON.stringify(want.options)
				: field.type === 'text' && field.format === want.format;
			const what = want.type === 'computed' ? 'type: computed' : want.type === 'choice' ? `type: choice，options: [${want.options.join(', ')}]` : `format: ${want.format}`;
			if (!ok) ctx.addIssue({ code: 'custom', path: ['fields', index], message: `计算器的 ${key} 字段 "${name}" 应为 ${what}` });
		}
	});

export type Template = z.output<typeof TemplateSchema>;
export type Field = Template['fields'][number];
export type Block = z.output<typeof BlockSchema>;
export type Calculator = z.output<typeof CalculatorSchema>;
