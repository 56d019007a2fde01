/**
 * 月供 calculator for a Chinese home loan, to the fen (0.01 元). Pure; no DOM.
 *
 * Conventions (the ones bank and portal calculators print):
 * - the annual rate is a percentage (4.9 means 4.9 %), the monthly rate is annual / 12;
 * - 等额本息 (equal instalments): the monthly payment is P·r·(1+r)^n / ((1+r)^n − 1); the shown
 *   payment is rounded to the fen, total repayment is the exact payment × n rounded to the fen;
 * - 等额本金 (equal principal): each month repays P / n of principal plus interest on what is left,
 *   so the payment falls by (P / n)·r every month; total interest is P·r·(n + 1) / 2.
 * Amounts are rounded half-up to the fen only at the end, so totals do not drift.
 *
 * A 组合贷 is two loans over the same term: a 公积金贷款 part and a 商业贷款 part for the rest, each
 * at its own rate and rounded on its own; what the buyer pays is the sum of the two. Since 2019 a
 * 商业贷款 rate is quoted as the 5 年期以上 LPR plus or minus 基点 (1 基点 = 0.01 %); the rep types
 * the LPR published at signing and the bank's spread (the bank's approval decides the rate).
 */

/** The three loans a Chinese home buyer takes: bank, housing provident fund, or both (组合贷). */
import { LOAN_KINDS, type LoanKind } from '../../model/template-text.ts';

export { LOAN_KINDS, type LoanKind };
/** One loan of a plan: a 组合贷 has a 商业贷款 part and a 公积金贷款 part. */
export type PartKind = Exclude<LoanKind, '组合贷'>;

/** What the rep types: 总价, 首付款 or 首付比例, the kind of loan, its rate(s) in % and the term. */
export interface LoanInput {
	/** 总价（签约价），元. */
	totalPrice: number;
	/** 首付款，元. Takes precedence over `downPaymentRatio`. */
	downPayment?: number;
	/** 首付比例 in % (30 means 30 %), used when `downPayment` is not given. */
	downPaymentRatio?: number;
	/** 商业贷款 (default), 公积金贷款 or 组合贷. */
	kind?: LoanKind;
	/** 商业贷款 annual rate in % (see `commercialRate()` for LPR + 基点). Needed for 商业贷款 and 组合贷. */
	commercialRate?: number;
	/** 公积金贷款 annual rate in %. Needed for 公积金贷款 and 组合贷. */
	fundRate?: number;
	/** 组合贷: the 公积金 part in 元; the rest of the loan is the 商业贷款 part. */
	fundAmount?: number;
	/** 贷款年限, whole years (both parts of a 组合贷 run over the same term). */
	years: number;
}

/** 等额本息: the same payment every month. */
export interface EqualInstalment {
	monthly: number;
	totalInterest: number;
	totalRepayment: number;
}

/** 等额本金: falling payments. */
export interface EqualPrincipal {
	firstMonth: number;
	monthlyDecrease: number;
	lastMonth: number;
	totalInterest: number;
	totalRepayment: number;
}

/** One loan: its amount, rate and both repayment methods. */
export interface LoanPart {
	kind: PartKind;
	amount: number;
	annualRate: number;
	equalInstalment: EqualInstalment;
	equalPrincipal: EqualPrincipal;
}

/**
 * Everything the letter and the calculator panel show. `parts` has one loan, or two for a 组合贷
 * (商业贷款 first); the top-level figures are the sums the buyer pays each month, each part being
 * rounded to the fen on its own as each lender does.
 */
export interface LoanPlan {
	kind: LoanKind;
	downPayment: number;
	loanAmount: number;
	months: number;
	parts: LoanPart[];
	equalInstalment: EqualInstalment;
	equalPrincipal: EqualPrincipal;
}

/** How the 商业贷款 rate is given: LPR plus a spread in 基点 (since 2019), or the rate itself. */
export type CommercialRateInput = { lpr: number; basisPoints: number } | { rate: number };

/**
 * The 商业贷款 annual rate in %: LPR + 基点 ÷ 100 (3.05 and −30 → 2.75), or the rate as typed.
 * Rounded to 1/10 000 of a percent so 3.05 − 0.30 is 2.75, not 2.7499999999999996. NaN when it
 * would not be a positive rate.
 */
export function commercialRate(input: CommercialRateInput): number {
	const raw = 'rate' in input ? input.rate : input.lpr + input.basisPoints / 100;
	if ('lpr' in input && (!(input.lpr > 0) || !Number.isInteger(input.basisPoints))) return NaN;
	const rate = Math.round(raw * 10_000) / 10_000;
	return rate > 0 ? rate : NaN;
}

/** Rounds a yuan amount half-up to the fen (guards against 1.005 being stored as 1.00499…). */
export function toFen(yuan: number): number {
	return Math.round((yuan + Math.sign(yuan) * 1e-9) * 100) / 100;
}

/** 等额本息 for a principal, an annual rate in % and a number of months. */
export function equalInstalment(principal: number, annualRate: number, months: number): EqualInstalment {
	const r = annualRate / 100 / 12;
	const exact = r === 0 ? principal / months : (principal * r * (1 + r) ** months) / ((1 + r) ** months - 1);
	const totalRepayment = toFen(exact * months);
	return { monthly: toFen(exact), totalInterest: toFen(totalRepayment - principal), totalRepayment };
}

/** 等额本金 for a principal, an annual rate in % and a number of months. */
export function equalPrincipal(principal: number, annualRate: number, months: number): EqualPrincipal {
	const r = annualRate / 100 / 12;
	const part = principal / months;
	const totalInterest = toFen((principal * r * (months + 1)) / 2);
	return {
		firstMonth: toFen(part + principal * r),
		monthlyDecrease: toFen(part * r),
		lastMonth: toFen(part * (1 + r)),
		totalInterest,
		totalRepayment: toFen(principal + totalInterest),
	};
}

/** One loan of a plan. */
export function loanPart(kind: PartKind, amount: number, annualRate: number, months: number): LoanPart {
	return { kind, amount, annualRate, equalInstalment: equalInstalment(amount, annualRate, months), equalPrincipal: equalPrincipal(amount, annualRate, months) };
}

const sum = (xs: number[]) => toFen(xs.reduce((a, b) => a + b, 0));

/** What the buyer pays for several loans together: each figure is the sum of the parts' figures. */
export function combine(parts: readonly LoanPart[]): Pick<LoanPlan, 'equalInstalment' | 'equalPrincipal'> {
	const ei = parts.map((p) => p.equalInstalment);
	const ep = parts.map((p) => p.equalPrincipal);
	return {
		equalInstalment: { monthly: sum(ei.map((x) => x.monthly)), totalInterest: sum(ei.map((x) => x.totalInterest)), totalRepayment: sum(ei.map((x) => x.totalRepayment)) },
		equalPrincipal: {
			firstMonth: sum(ep.map((x) => x.firstMonth)),
			monthlyDecrease: sum(ep.map((x) => x.monthlyDecrease)),
			lastMonth: sum(ep.map((x) => x.lastMonth)),
			totalInterest: sum(ep.map((x) => x.totalInterest)),
			totalRepayment: sum(ep.map((x) => x.totalRepayment)),
		},
	};
}

const validRate = (r: number | undefined): r is number => r !== undefined && r >= 0 && r < 100;

/**
 * The whole plan, or null when the input cannot make a loan: missing or negative figures, a down
 * payment ≥ the price, a missing rate, or a 组合贷 whose 公积金 part is not strictly between 0 and
 * the loan (then it is not a 组合贷).
 */
export function loanPlan(input: LoanInput): LoanPlan | null {
	const { totalPrice, years } = input;
	const kind = input.kind ?? '商业贷款';
	if (!(totalPrice > 0) || !Number.isInteger(years) || years < 1) return null;
	const downPayment =
		input.downPayment !== undefined ? input.downPayment
		: input.downPaymentRatio !== undefined ? toFen((totalPrice * input.downPaymentRatio) / 100)
		: NaN;
	if (!(downPayment >= 0) || downPayment >= totalPrice) return null;
	const loanAmount = toFen(totalPrice - downPayment);
	const months = years * 12;
	let parts: LoanPart[];
	if (kind === '商业贷款') {
		if (!validRate(input.commercialRate)) return null;
		parts = [loanPart('商业贷款', loanAmount, input.commercialRate, months)];
	} else if (kind === '公积金贷款') {
		if (!validRate(input.fundRate)) return null;
		parts = [loanPart('公积金贷款', loanAmount, input.fundRate, months)];
	} else {
		const fund = input.fundAmount;
		if (!validRate(input.commercialRate) || !validRate(input.fundRate) || fund === undefined || !(fund > 0) || fund >= loanAmount) return null;
		parts = [loanPart('商业贷款', toFen(loanAmount - fund), input.commercialRate, months), loanPart('公积金贷款', toFen(fund), input.fundRate, months)];
	}
	return { kind, downPayment, loanAmount, months, parts, ...combine(parts) };
}

/** "1,910,616.19" — yuan with thousands separators and two decimals. */
export function formatYuan(yuan: number): string {
	return yuan.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** "2.75" — a rate in % with two decimals, more only when it has them (2.755 → "2.755"). */
export function formatRate(rate: number): string {
	const fixed = rate.toFixed(4).replace(/0{1,2}$/, '');
	return fixed;
}
