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
 */

/** What the rep types: 总价, either 首付款 or 首付比例, the annual rate in % and the term in years. */
export interface LoanInput {
	/** 总价（签约价），元. */
	totalPrice: number;
	/** 首付款，元. Takes precedence over `downPaymentRatio`. */
	downPayment?: number;
	/** 首付比例 in % (30 means 30 %), used when `downPayment` is not given. */
	downPaymentRatio?: number;
	/** 贷款利率, annual, in %. */
	annualRate: number;
	/** 贷款年限, whole years. */
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

/** Everything the letter and the calculator panel show. */
export interface LoanPlan {
	downPayment: number;
	loanAmount: number;
	months: number;
	equalInstalment: EqualInstalment;
	equalPrincipal: EqualPrincipal;
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

/** The whole plan, or null when the input cannot make a loan (missing, negative, down payment ≥ price). */
export function loanPlan(input: LoanInput): LoanPlan | null {
	const { totalPrice, annualRate, years } = input;
	if (!(totalPrice > 0) || !(annualRate >= 0) || !Number.isInteger(years) || years < 1) return null;
	const downPayment =
		input.downPayment !== undefined ? input.downPayment
		: input.downPaymentRatio !== undefined ? toFen((totalPrice * input.downPaymentRatio) / 100)
		: NaN;
	if (!(downPayment >= 0) || downPayment >= totalPrice) return null;
	const loanAmount = toFen(totalPrice - downPayment);
	const months = years * 12;
	return {
		downPayment,
		loanAmount,
		months,
		equalInstalment: equalInstalment(loanAmount, annualRate, months),
		equalPrincipal: equalPrincipal(loanAmount, annualRate, months),
	};
}

/** "1,910,616.19" — yuan with thousands separators and two decimals. */
export function formatYuan(yuan: number): string {
	return yuan.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
