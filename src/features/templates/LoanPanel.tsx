/** 月供 calculator on the commitment letter's page: its inputs are the letter's own fields. */
import { formatYuan, type LoanPlan } from './mortgage.ts';
import type { Calculator, Field } from '../../model/schemas/template.ts';
import Blank from './Blank.tsx';

/** Names of the calculator's own settings in the fill-once store. */
export const RATIO = '首付比例';
export const METHOD = '还款方式';
export const METHODS = ['等额本息', '等额本金'] as const;

/** What the letter's 月供 line says for a plan and a repayment method. */
export function paymentText(plan: LoanPlan | null, method: string): string {
	if (!plan) return '';
	if (method === '等额本金')
		return `首月 ${formatYuan(plan.equalPrincipal.firstMonth)} 元，每月递减 ${formatYuan(plan.equalPrincipal.monthlyDecrease)} 元（等额本金）`;
	return `${formatYuan(plan.equalInstalment.monthly)} 元（等额本息）`;
}

interface Props {
	calc: Calculator;
	fields: Field[];
	values: Record<string, string>;
	touched: Record<string, boolean>;
	plan: LoanPlan | null;
	onInput: (name: string, value: string) => void;
	onBlur: (name: string) => void;
}

const RATIO_FIELD: Field = { name: RATIO, label: '首付比例（%）', type: 'text', required: false, format: 'percent', width: 4 };

export default function LoanPanel({ calc, fields, values, touched, plan, onInput, onBlur }: Props) {
	const byName = (n: string) => fields.find((f) => f.name === n)!;
	const inputs = [byName(calc.totalPrice), byName(calc.downPayment), RATIO_FIELD, byName(calc.annualRate), byName(calc.years)];
	const method = values[METHOD] === '等额本金' ? '等额本金' : '等额本息';
	const cell = (n: number | undefined) => (plan && n !== undefined ? `${formatYuan(n)} 元` : '—');
	return (
		<section class="loan-panel no-print" aria-labelledby="loan-title">
			<h2 id="loan-title">月供计算</h2>
			<p class="loan-note">填写下面几项（与承诺函第七条同步），贷款金额和月供自动算出并填入承诺函。首付款和首付比例填一项即可。</p>
			<div class="loan-inputs">
				{inputs.map((f, i) => (
					<div class="loan-input">
						<label for={`calc-f${i}`}>{f.label}</label>
						<Blank field={{ ...f, width: 7 }} id={`calc-f${i}`} value={values[f.name] ?? ''} touched={!!touched[f.name]} onInput={(v) => onInput(f.name, v)} onBlur={() => onBlur(f.name)} />
					</div>
				))}
			</div>
			<fieldset class="loan-method">
				<legend>承诺函中的月供按</legend>
				{METHODS.map((m) => (
					<label>
						<input type="radio" name="loan-method" value={m} checked={method === m} onChange={() => onInput(METHOD, m)} />
						{m}
					</label>
				))}
			</fieldset>
			<table class="loan-table">
				<caption>
					贷款金额：<strong data-loan-amount>{plan ? `${formatYuan(plan.loanAmount)} 元` : '—'}</strong>
					{plan && `，共 ${plan.months} 期`}
				</caption>
				<thead>
					<tr>
						<th scope="col">项目</th>
						<th scope="col">等额本息</th>
						<th scope="col">等额本金</th>
					</tr>
				</thead>
				<tbody>
					<tr>
						<th scope="row">首月月供</th>
						<td data-cell="ei-monthly">{cell(plan?.equalInstalment.monthly)}</td>
						<td data-cell="ep-first">{cell(plan?.equalPrincipal.firstMonth)}</td>
					</tr>
					<tr>
						<th scope="row">每月递减</th>
						<td>{plan ? '0.00 元（每月相同）' : '—'}</td>
						<td data-cell="ep-decrease">{cell(plan?.equalPrincipal.monthlyDecrease)}</td>
					</tr>
					<tr>
						<th scope="row">总利息</th>
						<td data-cell="ei-interest">{cell(plan?.equalInstalment.totalInterest)}</td>
						<td data-cell="ep-interest">{cell(plan?.equalPrincipal.totalInterest)}</td>
					</tr>
					<tr>
						<th scope="row">还款总额</th>
						<td data-cell="ei-total">{cell(plan?.equalInstalment.totalRepayment)}</td>
						<td data-cell="ep-total">{cell(plan?.equalPrincipal.totalRepayment)}</td>
					</tr>
				</tbody>
			</table>
			<p class="loan-note">按月利率 = 年利率 ÷ 12 计算，结果精确到分；实际月供以银行审批结果为准。</p>
		</section>
	);
}
