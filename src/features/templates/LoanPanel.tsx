/**
 * 月供 calculator on the commitment letter's page: its inputs are the letter's own fields. One
 * loan (商业贷款 or 公积金贷款) or a 组合贷 of both; the 商业贷款 rate as LPR + 基点 or as a rate;
 * 等额本息 and 等额本金 side by side for each loan and, for a 组合贷, for both together.
 */
import { formatRate, formatYuan, type EqualInstalment, type EqualPrincipal, type LoanPlan } from './mortgage.ts';
import { METHODS } from './loan-text.ts';
import { METHOD, RATIO, type LetterLoan } from './loan-form.ts';
import type { Calculator, Field } from '../../model/schemas/template.ts';
import Blank from './Blank.tsx';

export { METHOD, RATIO };

interface Props {
	calc: Calculator;
	fields: Field[];
	values: Record<string, string>;
	touched: Record<string, boolean>;
	loan: LetterLoan;
	onInput: (name: string, value: string) => void;
	onBlur: (name: string) => void;
}

const RATIO_FIELD: Field = { name: RATIO, label: '首付比例（%）', type: 'text', required: false, format: 'percent', width: 4 };

/** A radio group for a choice field, with the field's label as its legend. */
function Choice({ field, value, onInput, id }: { field: Field; value: string; onInput: (v: string) => void; id: string }) {
	return (
		<fieldset class="loan-method">
			<legend>{field.label}</legend>
			{field.options!.map((o) => (
				<label>
					<input type="radio" name={id} value={o} checked={value === o} onChange={() => onInput(o)} />
					{o}
				</label>
			))}
		</fieldset>
	);
}

/** 等额本息 and 等额本金 side by side for one loan or for the sum of both. */
function PlanTable({ part, caption, ei, ep }: { part: string; caption: string; ei: EqualInstalment | undefined; ep: EqualPrincipal | undefined }) {
	const cell = (n: number | undefined) => (n !== undefined ? `${formatYuan(n)} 元` : '—');
	return (
		<table class="loan-table" data-part={part}>
			<caption>{caption}</caption>
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
					<td data-cell="ei-monthly">{cell(ei?.monthly)}</td>
					<td data-cell="ep-first">{cell(ep?.firstMonth)}</td>
				</tr>
				<tr>
					<th scope="row">每月递减</th>
					<td>{ei ? '0.00 元（每月相同）' : '—'}</td>
					<td data-cell="ep-decrease">{cell(ep?.monthlyDecrease)}</td>
				</tr>
				<tr>
					<th scope="row">末月月供</th>
					<td>{cell(ei?.monthly)}</td>
					<td data-cell="ep-last">{cell(ep?.lastMonth)}</td>
				</tr>
				<tr>
					<th scope="row">总利息</th>
					<td data-cell="ei-interest">{cell(ei?.totalInterest)}</td>
					<td data-cell="ep-interest">{cell(ep?.totalInterest)}</td>
				</tr>
				<tr>
					<th scope="row">还款总额</th>
					<td data-cell="ei-total">{cell(ei?.totalRepayment)}</td>
					<td data-cell="ep-total">{cell(ep?.totalRepayment)}</td>
				</tr>
			</tbody>
		</table>
	);
}

function Tables({ plan }: { plan: LoanPlan | null }) {
	if (!plan) return <PlanTable part="total" caption="贷款金额：—（填写上面各项后算出）" ei={undefined} ep={undefined} />;
	const periods = `共 ${plan.months} 期`;
	if (plan.parts.length === 1) {
		const p = plan.parts[0]!;
		return <PlanTable part="total" caption={`${p.kind} ${formatYuan(p.amount)} 元，年利率 ${formatRate(p.annualRate)}%，${periods}`} ei={plan.equalInstalment} ep={plan.equalPrincipal} />;
	}
	return (
		<>
			<PlanTable part="total" caption={`组合贷合计（每月还款 = 两部分之和）：贷款 ${formatYuan(plan.loanAmount)} 元，${periods}`} ei={plan.equalInstalment} ep={plan.equalPrincipal} />
			<details class="loan-parts">
				<summary>商业贷款和公积金贷款两部分的明细</summary>
				{plan.parts.map((p) => (
					<PlanTable
						part={p.kind === '商业贷款' ? 'commercial' : 'fund'}
						caption={`${p.kind}部分：${formatYuan(p.amount)} 元，年利率 ${formatRate(p.annualRate)}%，${periods}`}
						ei={p.equalInstalment}
						ep={p.equalPrincipal}
					/>
				))}
			</details>
		</>
	);
}

export default function LoanPanel({ calc, fields, values, touched, loan, onInput, onBlur }: Props) {
	const byName = (n: string) => fields.find((f) => f.name === n)!;
	const { kind, byLpr } = loan;
	const commercial = kind !== '公积金贷款';
	const fund = kind !== '商业贷款';
	let n = 0;
	const input = (f: Field) => {
		const id = `calc-f${n++}`;
		const hintId = f.hint ? `${id}-hint` : undefined;
		return (
			<div class="field loan-input">
				<label for={id}>{f.label}</label>
				<Blank field={{ ...f, width: 7 }} id={id} hintId={hintId} value={values[f.name] ?? ''} touched={!!touched[f.name]} onInput={(v) => onInput(f.name, v)} onBlur={() => onBlur(f.name)} />
				{hintId && (
					<span class="field-hint" id={hintId}>
						{f.hint}
					</span>
				)}
			</div>
		);
	};
	const method = values[METHOD] === '等额本金' ? '等额本金' : '等额本息';
	const worked = !Number.isNaN(loan.commercialRate);
	return (
		<section class="loan-panel no-print" aria-labelledby="loan-title" data-pagefind-ignore>
			<h2 id="loan-title">月供计算</h2>
			<p class="loan-note">填写下面几项（与承诺函第七条同步），贷款金额、利率和月供自动算出并填入承诺函。首付款和首付比例填一项即可。</p>
			<div class="loan-inputs">
				{input(byName(calc.totalPrice))}
				{input(byName(calc.downPayment))}
				{input(RATIO_FIELD)}
				{input(byName(calc.years))}
			</div>
			<Choice field={byName(calc.loanKind)} id="loan-kind" value={kind} onInput={(v) => onInput(calc.loanKind, v)} />
			{commercial && (
				<>
					<Choice field={byName(calc.rateMode)} id="loan-rate-mode" value={byLpr ? byName(calc.rateMode).options![0]! : byName(calc.rateMode).options![1]!} onInput={(v) => onInput(calc.rateMode, v)} />
					<div class="loan-inputs">
						{byLpr ? [input(byName(calc.lpr)), input(byName(calc.basisPoints))] : input(byName(calc.commercialRate))}
					</div>
					{byLpr && (
						<p class="loan-rate" data-commercial-rate={worked ? '' : undefined}>
							{worked ? `商业贷款年利率 = ${formatRate(loan.commercialRate)}%` : '商业贷款年利率 = LPR + 加减基点（填写后算出）'}
						</p>
					)}
				</>
			)}
			{fund && <div class="loan-inputs">{[input(byName(calc.fundRate)), ...(kind === '组合贷' ? [input(byName(calc.fundAmount))] : [])]}</div>}
			<fieldset class="loan-method">
				<legend>承诺函中的月供按</legend>
				{METHODS.map((m) => (
					<label>
						<input type="radio" name="loan-method" value={m} checked={method === m} onChange={() => onInput(METHOD, m)} />
						{m}
					</label>
				))}
			</fieldset>
			<div class="loan-results">
				<Tables plan={loan.plan} />
			</div>
			<p class="loan-note">
				按月利率 = 年利率 ÷ 12 计算，结果精确到分；组合贷两部分分别计算，每月还款为两部分之和。LPR、加减基点和公积金利率请按签约时的公布值和银行、公积金中心的审批结果填写，利率与月供以银行实际审批为准。
			</p>
		</section>
	);
}
