import { describe, expect, it } from 'vitest';
import { combine, commercialRate, equalInstalment, equalPrincipal, formatRate, formatYuan, loanPart, loanPlan, toFen } from '../../src/features/templates/mortgage.ts';

describe('equalInstalment (等额本息)', () => {
	it('matches the textbook case of 12 000 元 over 12 months at 12 % a year (1 % a month)', () => {
		// 12000 × 0.01 × 1.01^12 / (1.01^12 − 1) = 1066.1855 → 1066.19; × 12 = 12794.2256 → 12794.23
		expect(equalInstalment(12_000, 12, 12)).toEqual({ monthly: 1066.19, totalInterest: 794.23, totalRepayment: 12794.23 });
	});
	it('gives 4270.16 元 a month for 100 万 over 30 years at 3.1 %', () => {
		// Worked separately (Python decimal, 50 digits): r = 0.031 / 12 = 0.0025833…, (1 + r)^360 =
		// 2.5314717…, payment = 1e6 × r × 2.5314717 / 1.5314717 = 4270.16398904… → 4270.16;
		// × 360 = 1537259.036… → 1537259.04 repaid, 537259.04 interest.
		// Check by logs: 360 × ln(1.0025833) = 0.9288008, e^0.9288008 = 2.53147 ✓.
		expect(equalInstalment(1_000_000, 3.1, 360)).toEqual({ monthly: 4270.16, totalInterest: 537259.04, totalRepayment: 1537259.04 });
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

describe('commercialRate (LPR + 基点)', () => {
	it('adds the spread in 基点 to the LPR: 3.05 % − 30 bp = 2.75 %, exactly', () => {
		expect(commercialRate({ lpr: 3.05, basisPoints: -30 })).toBe(2.75); // 3.05 − 0.30, not 2.7499999999999996
		expect(commercialRate({ lpr: 3.5, basisPoints: 20 })).toBe(3.7);
		expect(commercialRate({ lpr: 3.45, basisPoints: 0 })).toBe(3.45);
		expect(commercialRate({ lpr: 3.05, basisPoints: -35 })).toBe(2.7);
	});
	it('takes a typed rate as it is', () => {
		expect(commercialRate({ rate: 3.1 })).toBe(3.1);
	});
	it('refuses a spread that leaves no positive rate, a fractional 基点 or a missing LPR', () => {
		expect(commercialRate({ lpr: 3.05, basisPoints: -305 })).toBeNaN();
		expect(commercialRate({ lpr: 3.05, basisPoints: -30.5 })).toBeNaN();
		expect(commercialRate({ lpr: NaN, basisPoints: -30 })).toBeNaN();
		expect(commercialRate({ rate: 0 })).toBeNaN();
	});
	it('writes rates with two decimals, more only when needed', () => {
		expect([2.75, 3.1, 2.755, 3].map(formatRate)).toEqual(['2.75', '3.10', '2.755', '3.00']);
	});
});

describe('组合贷 (commercial + provident fund)', () => {
	// 总价 150 万, 首付 50 万 → 贷款 100 万: 公积金 30 万 at 2.85 %, 商业贷款 70 万 at LPR 3.05 % − 30 bp
	// = 2.75 %, both over 30 years (360 months). Each part worked separately (Python decimal, 50
	// digits; r = rate / 12):
	//   商贷 等额本息: 700000 × r(1+r)^360 / ((1+r)^360 − 1), r = 0.0022916… → 2857.68826699 → 2857.69;
	//     × 360 = 1028767.776 → 1028767.78 repaid, 328767.78 interest.
	//   公积金 等额本息: 300000, r = 0.002375 → 1240.67215343 → 1240.67; × 360 → 446641.98, 146641.98.
	//   Together: 2857.69 + 1240.67 = 4098.36 a month; 475409.76 interest; 1475409.76 repaid.
	//   商贷 等额本金: 700000 / 360 = 1944.444… principal; first month + 700000 × r = 1604.1666… → 3548.61;
	//     falls by 1944.444 × r = 4.4560 → 4.46; last month 1944.444 × (1 + r) = 1948.90;
	//     interest 700000 × r × 361 / 2 = 289552.083 → 289552.08.
	//   公积金 等额本金: 833.333… + 712.50 = 1545.83; falls by 1.979 → 1.98; last 835.31;
	//     interest 300000 × 0.002375 × 361 / 2 = 128606.25.
	//   Together: first month 5094.44, falls by 6.44, last 2784.21, interest 418158.33, repaid 1418158.33.
	const plan = loanPlan({ totalPrice: 1_500_000, downPayment: 500_000, kind: '组合贷', commercialRate: commercialRate({ lpr: 3.05, basisPoints: -30 }), fundRate: 2.85, fundAmount: 300_000, years: 30 })!;
	it('splits the loan into a 商业贷款 part and the 公积金 part', () => {
		expect(plan.loanAmount).toBe(1_000_000);
		expect(plan.months).toBe(360);
		expect(plan.parts.map((p) => [p.kind, p.amount, p.annualRate])).toEqual([
			['商业贷款', 700_000, 2.75],
			['公积金贷款', 300_000, 2.85],
		]);
	});
	it('works out 等额本息 for each part and their sum to the fen', () => {
		expect(plan.parts[0]!.equalInstalment).toEqual({ monthly: 2857.69, totalInterest: 328767.78, totalRepayment: 1028767.78 });
		expect(plan.parts[1]!.equalInstalment).toEqual({ monthly: 1240.67, totalInterest: 146641.98, totalRepayment: 446641.98 });
		expect(plan.equalInstalment).toEqual({ monthly: 4098.36, totalInterest: 475409.76, totalRepayment: 1475409.76 });
	});
	it('works out 等额本金 for each part and their sum to the fen', () => {
		expect(plan.parts[0]!.equalPrincipal).toEqual({ firstMonth: 3548.61, monthlyDecrease: 4.46, lastMonth: 1948.9, totalInterest: 289552.08, totalRepayment: 989552.08 });
		expect(plan.parts[1]!.equalPrincipal).toEqual({ firstMonth: 1545.83, monthlyDecrease: 1.98, lastMonth: 835.31, totalInterest: 128606.25, totalRepayment: 428606.25 });
		expect(plan.equalPrincipal).toEqual({ firstMonth: 5094.44, monthlyDecrease: 6.44, lastMonth: 2784.21, totalInterest: 418158.33, totalRepayment: 1418158.33 });
	});
	it('makes the first month of the sum the sum of both first months (not one loan at a blended rate)', () => {
		const blended = equalInstalment(1_000_000, (2.75 * 7 + 2.85 * 3) / 10, 360).monthly;
		expect(plan.equalInstalment.monthly).toBe(toFen(plan.parts[0]!.equalInstalment.monthly + plan.parts[1]!.equalInstalment.monthly));
		expect(plan.equalInstalment.monthly).not.toBe(blended);
	});
	it('needs both rates and a 公积金 part strictly inside the loan', () => {
		const base = { totalPrice: 1_500_000, downPayment: 500_000, kind: '组合贷' as const, commercialRate: 2.75, fundRate: 2.85, years: 30 };
		expect(loanPlan({ ...base, fundAmount: 0 })).toBeNull();
		expect(loanPlan({ ...base, fundAmount: 1_000_000 })).toBeNull();
		expect(loanPlan({ ...base })).toBeNull();
		expect(loanPlan({ ...base, fundAmount: 300_000, fundRate: undefined })).toBeNull();
		expect(loanPlan({ ...base, fundAmount: 300_000, commercialRate: undefined })).toBeNull();
	});
	it('combines any list of parts by adding each figure', () => {
		const a = loanPart('商业贷款', 12_000, 12, 12);
		expect(combine([a, a]).equalPrincipal).toEqual({ firstMonth: 2240, monthlyDecrease: 20, lastMonth: 2020, totalInterest: 1560, totalRepayment: 25_560 });
	});
});

describe('loanPlan', () => {
	it('lends the whole loan from the 公积金 at its rate for a 公积金贷款', () => {
		// 100 万 at 3.1 % over 30 years, as above: 4270.16 a month.
		const plan = loanPlan({ totalPrice: 1_250_000, downPayment: 250_000, kind: '公积金贷款', fundRate: 3.1, commercialRate: 9, years: 30 })!;
		expect(plan.parts).toHaveLength(1);
		expect(plan.parts[0]!.kind).toBe('公积金贷款');
		expect(plan.equalInstalment.monthly).toBe(4270.16);
		expect(loanPlan({ totalPrice: 1_250_000, downPayment: 250_000, kind: '公积金贷款', commercialRate: 3.1, years: 30 })).toBeNull();
	});
	it('works out the letter’s figures from 总价, 首付比例, rate and term', () => {
		const plan = loanPlan({ totalPrice: 1_000_000, downPaymentRatio: 30, commercialRate: 3.1, years: 25 })!;
		expect(plan.downPayment).toBe(300_000);
		expect(plan.loanAmount).toBe(700_000);
		expect(plan.months).toBe(300);
		expect(plan.equalInstalment).toEqual({ monthly: 3356, totalInterest: 306800.59, totalRepayment: 1006800.59 });
		expect(plan.equalPrincipal).toMatchObject({ firstMonth: 4141.67, monthlyDecrease: 6.03, totalInterest: 272154.17, totalRepayment: 972154.17 });
	});
	it('prefers 首付款 over 首付比例 when both are given', () => {
		expect(loanPlan({ totalPrice: 1_000_000, downPayment: 350_000.5, downPaymentRatio: 30, commercialRate: 4.9, years: 30 })!.loanAmount).toBe(649_999.5);
	});
	it('returns null when no loan can be made', () => {
		expect(loanPlan({ totalPrice: 0, downPayment: 0, commercialRate: 4.9, years: 30 })).toBeNull();
		expect(loanPlan({ totalPrice: 100, downPayment: 100, commercialRate: 4.9, years: 30 })).toBeNull();
		expect(loanPlan({ totalPrice: 100, commercialRate: 4.9, years: 30 })).toBeNull();
		expect(loanPlan({ totalPrice: 100, downPayment: 10, commercialRate: 4.9, years: 2.5 })).toBeNull();
		expect(loanPlan({ totalPrice: 100, downPayment: 10, commercialRate: NaN, years: 30 })).toBeNull();
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
