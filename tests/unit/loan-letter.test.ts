/**
 * The commitment letter's loan: the text of 贷款金额 / 贷款利率 / 月供 (src/features/templates/loan-text.ts) and how
 * the letter's typed values become a plan (src/features/templates/loan-form.ts), using the letter's real
 * calculator mapping from content/templates/purchase-commitment.yaml. Figures are the worked
 * examples of tests/unit/mortgage.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { TemplateSchema } from '../../src/model/schemas/template.ts';
import { letterLoan, METHOD, RATIO } from '../../src/features/templates/loan-form.ts';
import { lprText, loanAmountText, paymentText, rateText } from '../../src/features/templates/loan-text.ts';
import { loanPlan } from '../../src/features/templates/mortgage.ts';

const letter = TemplateSchema.parse(yaml.load(readFileSync('content/templates/purchase-commitment.yaml', 'utf8')));
const calc = letter.calculator!;

describe('loan text for the letter', () => {
	const single = loanPlan({ totalPrice: 1_000_000, downPaymentRatio: 30, commercialRate: 3.1, years: 25 })!;
	const combo = loanPlan({ totalPrice: 1_500_000, downPayment: 500_000, kind: '组合贷', commercialRate: 2.75, fundRate: 2.85, fundAmount: 300_000, years: 30 })!;
	it('names the spread in 基点 in words', () => {
		expect(lprText(3.05, -30)).toBe('LPR 3.05% 减 30 个基点');
		expect(lprText(3.5, 20)).toBe('LPR 3.50% 加 20 个基点');
		expect(lprText(3.45, 0)).toBe('LPR 3.45%');
	});
	it('writes one loan as before', () => {
		expect(loanAmountText(single)).toBe('700,000.00 元');
		expect(rateText(single)).toBe('3.10%');
		expect(rateText(single, { lpr: 3.4, basisPoints: -30 })).toBe('3.10%（LPR 3.40% 减 30 个基点）');
		expect(paymentText(single, '等额本息')).toBe('3,356.00 元（等额本息）');
		expect(paymentText(single, '等额本金')).toBe('首月 4,141.67 元，每月递减 6.03 元（等额本金）');
	});
	it('writes both parts of a 组合贷 in readable Chinese, the sum first', () => {
		expect(loanAmountText(combo)).toBe('1,000,000.00 元（商业贷款 700,000.00 元，公积金贷款 300,000.00 元）');
		expect(rateText(combo, { lpr: 3.05, basisPoints: -30 })).toBe('商业贷款 2.75%（LPR 3.05% 减 30 个基点），公积金贷款 2.85%');
		expect(paymentText(combo, '等额本息')).toBe('4,098.36 元（商业贷款 2,857.69 元 + 公积金贷款 1,240.67 元，等额本息）');
		expect(paymentText(combo, '等额本金')).toBe('首月 5,094.44 元（商业贷款 3,548.61 元 + 公积金贷款 1,545.83 元），每月递减 6.44 元（等额本金）');
	});
	it('is empty without a plan', () => {
		expect([loanAmountText(null), rateText(null), paymentText(null, '等额本息')]).toEqual(['', '', '']);
	});
});

describe('letterLoan: the letter’s values to its computed fields', () => {
	const comboValues = {
		[calc.totalPrice]: '1,500,000',
		[calc.downPayment]: '500000',
		[calc.loanKind]: '组合贷',
		[calc.lpr]: '3.05',
		[calc.basisPoints]: '−30',
		[calc.fundRate]: '2.85',
		[calc.fundAmount]: '300000',
		[calc.years]: '30',
	};
	it('fills 贷款金额, 贷款利率 and 月供 for a 组合贷 with the rate from LPR + 基点', () => {
		const loan = letterLoan(calc, comboValues);
		expect(loan.commercialRate).toBe(2.75);
		expect(loan.computed).toEqual({
			[calc.loanAmount]: '1,000,000.00 元（商业贷款 700,000.00 元，公积金贷款 300,000.00 元）',
			[calc.rate]: '商业贷款 2.75%（LPR 3.05% 减 30 个基点），公积金贷款 2.85%',
			[calc.payment]: '4,098.36 元（商业贷款 2,857.69 元 + 公积金贷款 1,240.67 元，等额本息）',
		});
		expect(letterLoan(calc, { ...comboValues, [METHOD]: '等额本金' }).computed[calc.payment]).toBe('首月 5,094.44 元（商业贷款 3,548.61 元 + 公积金贷款 1,545.83 元），每月递减 6.44 元（等额本金）');
	});
	it('uses the typed rate when 直接填写利率 is chosen, and ignores the LPR then', () => {
		const loan = letterLoan(calc, { ...comboValues, [calc.rateMode]: '直接填写利率', [calc.commercialRate]: '3.1', [calc.loanKind]: '商业贷款' });
		expect(loan.computed[calc.rate]).toBe('3.10%');
		expect(loan.plan!.parts.map((p) => [p.kind, p.amount])).toEqual([['商业贷款', 1_000_000]]);
	});
	it('reads the down payment from 首付比例 when 首付款 is empty, and treats no kind as 商业贷款', () => {
		const loan = letterLoan(calc, { [calc.totalPrice]: '1000000', [RATIO]: '30', [calc.lpr]: '3.4', [calc.basisPoints]: '-30', [calc.years]: '25' });
		expect(loan.kind).toBe('商业贷款');
		expect(loan.computed[calc.payment]).toBe('3,356.00 元（等额本息）');
	});
	it('fills nothing while a figure fails its check (a 31-year term, a 基点 with decimals, a missing 公积金 rate)', () => {
		expect(letterLoan(calc, { ...comboValues, [calc.years]: '31' }).computed).toEqual({});
		expect(letterLoan(calc, { ...comboValues, [calc.basisPoints]: '-30.5' }).computed).toEqual({});
		expect(letterLoan(calc, { ...comboValues, [calc.fundRate]: '' }).computed).toEqual({});
	});
});

describe('the calculator mapping in the template schema', () => {
	const raw = yaml.load(readFileSync('content/templates/purchase-commitment.yaml', 'utf8')) as { fields: Array<Record<string, unknown>> };
	it('rejects a loan-kind choice without 组合贷 and a term field without the 30-year check', () => {
		const fields = raw.fields.map((f) => (f.name === calc.loanKind ? { ...f, options: ['商业贷款', '公积金贷款'] } : f.name === calc.years ? { ...f, format: 'years' } : f));
		const r = TemplateSchema.safeParse({ ...raw, fields });
		expect(r.success).toBe(false);
		expect(r.error!.issues.map((i) => i.message)).toEqual([
			'计算器的 loanKind 字段 "贷款方式" 应为 type: choice，options: [商业贷款, 公积金贷款, 组合贷]',
			'计算器的 years 字段 "贷款年限" 应为 format: loanTerm',
		]);
	});
});
