/**
 * The 月供 calculator's tables as text: one table for the loan (or the sum of a 组合贷) and one per
 * part, each with 等额本息 and 等额本金 side by side. Pure: LoanPanel.tsx draws the empty tables on
 * the server with it, form-paper.client.ts writes a plan into their cells with it.
 */
import { formatRate, formatYuan, type EqualInstalment, type EqualPrincipal, type LoanPart, type LoanPlan } from './mortgage.ts';
import type { LetterLoan } from './loan-form.ts';

/** Parts of the panel shown only for some choices (`data-show` in LoanPanel.tsx). */
export type Show = 'commercial' | 'lpr' | 'rate' | 'fund' | 'combo';

/** Which parts of the panel a loan shows: the 商业贷款 rate inputs, the 公积金 inputs, the 组合贷 amount. */
export function shownParts(loan: Pick<LetterLoan, 'kind' | 'byLpr'>): Record<Show, boolean> {
	const commercial = loan.kind !== '公积金贷款';
	return { commercial, lpr: commercial && loan.byLpr, rate: commercial && !loan.byLpr, fund: loan.kind !== '商业贷款', combo: loan.kind === '组合贷' };
}

/** The line under LPR + 基点: the 商业贷款 rate once it can be worked out. */
export function commercialRateText(loan: Pick<LetterLoan, 'commercialRate'>): string {
	return Number.isNaN(loan.commercialRate) ? '商业贷款年利率 = LPR + 加减基点（填写后算出）' : `商业贷款年利率 = ${formatRate(loan.commercialRate)}%`;
}

/** One table row: its label and the `data-cell` names of its 等额本息 and 等额本金 cells. */
export const ROWS = [
	{ label: '首月月供', ei: 'ei-monthly', ep: 'ep-first' },
	{ label: '每月递减', ei: 'ei-decrease', ep: 'ep-decrease' },
	{ label: '末月月供', ei: 'ei-last', ep: 'ep-last' },
	{ label: '总利息', ei: 'ei-interest', ep: 'ep-interest' },
	{ label: '还款总额', ei: 'ei-total', ep: 'ep-total' },
] as const;

export type Cell = (typeof ROWS)[number]['ei' | 'ep'];

const yuan = (n: number | undefined) => (n !== undefined ? `${formatYuan(n)} 元` : '—');

/** The text of every cell; '—' where there is no plan yet. */
export function cellTexts(ei: EqualInstalment | undefined, ep: EqualPrincipal | undefined): Record<Cell, string> {
	return {
		'ei-monthly': yuan(ei?.monthly),
		'ep-first': yuan(ep?.firstMonth),
		'ei-decrease': ei ? '0.00 元（每月相同）' : '—',
		'ep-decrease': yuan(ep?.monthlyDecrease),
		'ei-last': yuan(ei?.monthly),
		'ep-last': yuan(ep?.lastMonth),
		'ei-interest': yuan(ei?.totalInterest),
		'ep-interest': yuan(ep?.totalInterest),
		'ei-total': yuan(ei?.totalRepayment),
		'ep-total': yuan(ep?.totalRepayment),
	};
}

/** The main table's caption: the loan, or the 组合贷's sum. */
export function totalCaption(plan: LoanPlan | null): string {
	if (!plan) return '贷款金额：—（填写上面各项后算出）';
	const periods = `共 ${plan.months} 期`;
	if (plan.parts.length === 1) {
		const p = plan.parts[0]!;
		return `${p.kind} ${formatYuan(p.amount)} 元，年利率 ${formatRate(p.annualRate)}%，${periods}`;
	}
	return `组合贷合计（每月还款 = 两部分之和）：贷款 ${formatYuan(plan.loanAmount)} 元，${periods}`;
}

/** A 组合贷 part's caption. */
export function partCaption(plan: LoanPlan, part: LoanPart): string {
	return `${part.kind}部分：${formatYuan(part.amount)} 元，年利率 ${formatRate(part.annualRate)}%，共 ${plan.months} 期`;
}
