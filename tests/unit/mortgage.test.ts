import { describe, expect, it } from 'vitest';
import { equalInstalment, equalPrincipal, formatYuan, loanPlan, toFen } from '../../src/features/templates/mortgage.ts';

describe('equalInstalment (等额本息)', () => {
	it('matches the textbook case of 12 000 元 over 12 months at 12 % a year (1 % a month)', () => {
		// 12000 × 0.01 × 1.01^12 / (1.01^12 − 1) = 1066.1855 → 1066.19; × 12 = 12794.2256 → 12794.23
		expect(equalInstalment(12_000, 12, 12)).toEqual({ monthly: 1066.19, totalInterest: 794.23, totalRepayment: 12794.23 });
	});
	it('gives the published figures for 100 万 over 30 years at 4.9 %', () => {
		expect(equalInstalment(1_000_000, 4.9, 360)).toEqual({ monthly: 5307.27, totalInterest: 910616.19, totalRepayment: 1910616.19 });
	});
	it('repays the loan exactly: an amortisation schedule at the unrounded payment ends at zero', () => {
		const P = 700_000, r = 0.031 / 12, n = 300;
		const exact = (P * r * (1 + r) ** n) / ((1 + r) ** n - 1);
		let balance = P;
		for (let i = 0; i < n; i++) balance = balance * (1 + r) - exact;
		expect(Math.abs(balance)).toBeLessThan(1e-6);
		expect(equalInstalment(P, 3.1, n).monthly).toBe(toFen(exact));
	});
	it('divides the principal evenly when the rate is zero', () => {
		expect(equalInstalment(120_000, 0, 120)).toEqual({ monthly: 1000, totalInterest: 0, totalRepayment: 120_000 });
	});
});

describe('equalPrincipal (等额本金)', () => {
	it('matches the textbook case of 12 000 元 over 12 months at 1 % a month', () => {
		// principal 1000 a month; first month 1000 + 120 interest; interest falls by 10 a month
		expect(equalPrincipal(12_000, 12, 12)).toEqual({ firstMonth: 1120, monthlyDecrease: 10, lastMonth: 1010, totalInterest: 780, totalRepayment: 12_780 });
	});
	it('gives the published figures for 100 万 over 30 years at 4.9 %', () => {
		expect(equalPrincipal(1_000_000, 4.9, 360)).toEqual({
			firstMonth: 6861.11,
			monthlyDecrease: 11.34,
			lastMonth: 2789.12,
			totalInterest: 737041.67,
			totalRepayment: 1737041.67,
		});
	});
	it('sums to the same total as adding up every month', () => {
		const P = 700_000, r = 0.031 / 12, n = 300;
		let interest = 0;
		for (let i = 0; i < n; i++) interest += (P - (P / n) * i) * r;
		expect(equalPrincipal(P, 3.1, n).totalInterest).toBe(toFen(interest));
	});
});

describe('loanPlan', () => {
	it('works out the letter’s figures from 总价, 首付比例, rate and term', () => {
		const plan = loanPlan({ totalPrice: 1_000_000, downPaymentRatio: 30, annualRate: 3.1, years: 25 })!;
		expect(plan.downPayment).toBe(300_000);
		expect(plan.loanAmount).toBe(700_000);
		expect(plan.months).toBe(300);
		expect(plan.equalInstalment).toEqual({ monthly: 3356, totalInterest: 306800.59, totalRepayment: 1006800.59 });
		expect(plan.equalPrincipal).toMatchObject({ firstMonth: 4141.67, monthlyDecrease: 6.03, totalInterest: 272154.17, totalRepayment: 972154.17 });
	});
	it('prefers 首付款 over 首付比例 when both are given', () => {
		expect(loanPlan({ totalPrice: 1_000_000, downPayment: 350_000.5, downPaymentRatio: 30, annualRate: 4.9, years: 30 })!.loanAmount).toBe(649_999.5);
	});
	it('returns null when no loan can be made', () => {
		expect(loanPlan({ totalPrice: 0, downPayment: 0, annualRate: 4.9, years: 30 })).toBeNull();
		expect(loanPlan({ totalPrice: 100, downPayment: 100, annualRate: 4.9, years: 30 })).toBeNull();
		expect(loanPlan({ totalPrice: 100, annualRate: 4.9, years: 30 })).toBeNull();
		expect(loanPlan({ totalPrice: 100, downPayment: 10, annualRate: 4.9, years: 2.5 })).toBeNull();
		expect(loanPlan({ totalPrice: 100, downPayment: 10, annualRate: NaN, years: 30 })).toBeNull();
	});
});

describe('toFen and formatYuan', () => {
	it('rounds half up to the fen despite binary fractions', () => {
		expect([1.005, 2.675, 0.125, 5307.2672].map(toFen)).toEqual([1.01, 2.68, 0.13, 5307.27]);
	});
	it('writes yuan with separators and two decimals', () => {
		expect(formatYuan(1910616.19)).toBe('1,910,616.19');
		expect(formatYuan(3356)).toBe('3,356.00');
	});
});
