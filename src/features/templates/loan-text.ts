/**
 * What the purchase-commitment letter says about a loan plan, in readable Chinese: 贷款金额,
 * 贷款利率 and 月供, one loan or both parts of a 组合贷. Pure; the letter's page and the tests use it.
 */
import { formatRate, formatYuan, type LoanPlan } from './mortgage.ts';
import { RATE_MODES, type RateMode } from '../../model/template-text.ts';

/** Repayment methods, as the letter names them. */
export const METHODS = ['等额本息', '等额本金'] as const;
export type Method = (typeof METHODS)[number];

export { RATE_MODES, type RateMode };

/** "LPR 3.05% 减 30 个基点" / "LPR 3.50% 加 20 个基点" / "LPR 3.05%". */
export function lprText(lpr: number, basisPoints: number): string {
	const spread = basisPoints === 0 ? '' : ` ${basisPoints < 0 ? '减' : '加'} ${Math.abs(basisPoints)} 个基点`;
	return `LPR ${formatRate(lpr)}%${spread}`;
}

const yuan = (n: number) => `${formatYuan(n)} 元`;

/** "700,000.00 元", or for a 组合贷 "1,000,000.00 元（商业贷款 700,000.00 元，公积金贷款 300,000.00 元）". */
export function loanAmountText(plan: LoanPlan | null): string {
	if (!plan) return '';
	if (plan.parts.length === 1) return yuan(plan.loanAmount);
	return `${yuan(plan.loanAmount)}（${plan.parts.map((p) => `${p.kind} ${yuan(p.amount)}`).join('，')}）`;
}

/**
 * "2.75%（LPR 3.05% 减 30 个基点）", "2.85%", or for a 组合贷 "商业贷款 2.75%（LPR 3.05% 减 30 个基点），
 * 公积金贷款 2.85%". `lpr` is given when the 商业贷款 rate was worked out from LPR + 基点.
 */
export function rateText(plan: LoanPlan | null, lpr?: { lpr: number; basisPoints: number }): string {
	if (!plan) return '';
	const one = (p: LoanPlan['parts'][number]) => `${formatRate(p.annualRate)}%${p.kind === '商业贷款' && lpr ? `（${lprText(lpr.lpr, lpr.basisPoints)}）` : ''}`;
	if (plan.parts.length === 1) return one(plan.parts[0]!);
	return plan.parts.map((p) => `${p.kind} ${one(p)}`).join('，');
}

/**
 * The letter's 月供 for the chosen method: "3,356.00 元（等额本息）", "首月 4,141.67 元，每月递减 6.03 元
 * （等额本金）"; for a 组合贷 the sum first, then each part: "4,098.36 元（商业贷款 2,857.69 元 + 公积金贷款
 * 1,240.67 元，等额本息）".
 */
export function paymentText(plan: LoanPlan | null, method: string): string {
	if (!plan) return '';
	const split = (pick: (p: LoanPlan['parts'][number]) => number) => plan.parts.map((p) => `${p.kind} ${yuan(pick(p))}`).join(' + ');
	const combo = plan.parts.length > 1;
	if (method === '等额本金') {
		const ep = plan.equalPrincipal;
		return `首月 ${yuan(ep.firstMonth)}${combo ? `（${split((p) => p.equalPrincipal.firstMonth)}）` : ''}，每月递减 ${yuan(ep.monthlyDecrease)}（等额本金）`;
	}
	return `${yuan(plan.equalInstalment.monthly)}（${combo ? `${split((p) => p.equalInstalment.monthly)}，` : ''}等额本息）`;
}
