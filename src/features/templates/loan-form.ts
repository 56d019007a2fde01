/**
 * From the letter's typed values to its loan plan and the text of its computed fields (贷款金额,
 * 贷款利率, 月供). Pure: the page's island calls it on every change, the tests call it directly.
 * A value that fails its field check counts as missing, so a half-typed figure never reaches the
 * letter.
 */
import type { Calculator } from '../../model/schemas/template.ts';
import { checkField, parseBasisPoints, parseNumber } from './field-checks.ts';
import type { Format } from '../../model/template-text.ts';
import { loanAmountText, paymentText, rateText, RATE_MODES } from './loan-text.ts';
import { commercialRate, LOAN_KINDS, loanPlan, type LoanKind, type LoanPlan } from './mortgage.ts';

/** The calculator's own settings in the fill-once store (not fields of the letter). */
export const RATIO = '首付比例';
export const METHOD = '还款方式';

export interface LetterLoan {
	kind: LoanKind;
	/** LPR + 基点 (true) or a typed rate (false), for the 商业贷款 part. */
	byLpr: boolean;
	/** The 商业贷款 rate in % as worked out (NaN when not given or not valid). */
	commercialRate: number;
	plan: LoanPlan | null;
	/** Text for the computed fields, by field name; empty until a plan can be made. */
	computed: Record<string, string>;
}

/** A typed number that passes its check, else undefined. */
function valid(value: string | undefined, format: Format): number | undefined {
	if (!value?.trim() || checkField(value, format)) return undefined;
	const n = format === 'basisPoints' ? parseBasisPoints(value) : parseNumber(value);
	return Number.isNaN(n) ? undefined : n;
}

/** The loan kind chosen (商业贷款 until one is chosen). */
export function loanKindOf(calc: Calculator, values: Record<string, string>): LoanKind {
	const v = values[calc.loanKind];
	return (LOAN_KINDS as readonly string[]).includes(v ?? '') ? (v as LoanKind) : '商业贷款';
}

/** True when the 商业贷款 rate is given as LPR + 基点 (the default since LPR replaced 基准利率). */
export function byLprOf(calc: Calculator, values: Record<string, string>): boolean {
	return values[calc.rateMode] !== RATE_MODES[1];
}

export function letterLoan(calc: Calculator, values: Record<string, string>): LetterLoan {
	const kind = loanKindOf(calc, values);
	const byLpr = byLprOf(calc, values);
	const lpr = valid(values[calc.lpr], 'rate');
	// An empty 基点 means LPR flat; a typed one that fails its check means no rate yet.
	const bpTyped = !!values[calc.basisPoints]?.trim();
	const bp = valid(values[calc.basisPoints], 'basisPoints');
	const rate = byLpr
		? lpr !== undefined && (bp !== undefined || !bpTyped)
			? commercialRate({ lpr, basisPoints: bp ?? 0 })
			: NaN
		: commercialRate({ rate: valid(values[calc.commercialRate], 'rate') ?? NaN });
	const plan = loanPlan({
		totalPrice: valid(values[calc.totalPrice], 'money') ?? NaN,
		downPayment: valid(values[calc.downPayment], 'money'),
		downPaymentRatio: valid(values[RATIO], 'percent'),
		kind,
		commercialRate: Number.isNaN(rate) ? undefined : rate,
		fundRate: valid(values[calc.fundRate], 'rate'),
		fundAmount: valid(values[calc.fundAmount], 'money'),
		years: valid(values[calc.years], 'loanTerm') ?? NaN,
	});
	const computed: Record<string, string> = {};
	if (plan) {
		computed[calc.loanAmount] = loanAmountText(plan);
		computed[calc.rate] = rateText(plan, byLpr && lpr !== undefined ? { lpr, basisPoints: bp ?? 0 } : undefined);
		computed[calc.payment] = paymentText(plan, values[METHOD] ?? '');
	}
	return { kind, byLpr, commercialRate: rate, plan, computed };
}
