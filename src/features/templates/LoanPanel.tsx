/**
 * 月供 calculator on the commitment letter's page: its inputs are the letter's own fields. One
 * loan (商业贷款 or 公积金贷款) or a 组合贷 of both; the 商业贷款 rate as LPR + 基点 or as a rate;
 * 等额本息 and 等额本金 side by side for each loan and, for a 组合贷, for both together.
 *
 * Drawn on the server as it looks before anything is typed (the calculator's reading of no values:
 * 商业贷款, LPR + 基点, 等额本息). Every input any choice can need is in the markup; `data-show`
 * says when it is shown (shownParts) and form-paper.client.ts sets `hidden` by it. The two part tables of a 组合贷 wait in a <template>.
 */
import { cellTexts, commercialRateText, ROWS, shownParts, totalCaption, type Show } from './loan-table.ts';
import { METHODS } from './loan-text.ts';
import { letterLoan, METHOD, RATIO } from './loan-form.ts';
import type { Calculator, Field } from '../../model/schemas/template.ts';
import Blank from './Blank.tsx';

export { METHOD, RATIO };

interface Props {
	calc: Calculator;
	fields: Field[];
}

const RATIO_FIELD: Field = { name: RATIO, label: '首付比例（%）', type: 'text', required: false, format: 'percent', width: 4 };

/** A radio group for a choice field, with the field's label as its legend. */
function Choice({ field, name, checked, show, hidden }: { field: Field; name: string; checked: string; show?: Show; hidden?: boolean }) {
	return (
		<fieldset class="loan-method" data-choice={field.name} data-show={show} hidden={hidden}>
			<legend>{field.label}</legend>
			{field.options!.map((o) => (
				<label>
					<input type="radio" name={name} value={o} checked={o === checked} />
					{o}
				</label>
			))}
		</fieldset>
	);
}

/** 等额本息 and 等额本金 side by side for one loan or for the sum of both; empty until a plan is made. */
function PlanTable({ part, caption }: { part: string; caption: string }) {
	const empty = cellTexts(undefined, undefined);
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
				{ROWS.map((r) => (
					<tr>
						<th scope="row">{r.label}</th>
						<td data-cell={r.ei}>{empty[r.ei]}</td>
						<td data-cell={r.ep}>{empty[r.ep]}</td>
					</tr>
				))}
			</tbody>
		</table>
	);
}

export default function LoanPanel({ calc, fields }: Props) {
	const byName = (n: string) => fields.find((f) => f.name === n)!;
	const loan = letterLoan(calc, {});
	const shown = shownParts(loan);
	const hide = (show: Show | undefined) => (show ? !shown[show] : undefined);
	let n = 0;
	const input = (f: Field, show?: Show) => {
		const id = `calc-f${n++}`;
		const hintId = f.hint ? `${id}-hint` : undefined;
		return (
			<div class="field loan-input" data-show={show} hidden={hide(show)}>
				<label for={id}>{f.label}</label>
				<Blank field={{ ...f, width: 7 }} id={id} hintId={hintId} />
				{hintId && (
					<span class="field-hint" id={hintId}>
						{f.hint}
					</span>
				)}
			</div>
		);
	};
	const kind = byName(calc.loanKind);
	const rateMode = byName(calc.rateMode);
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
			<Choice field={kind} name="loan-kind" checked={loan.kind} />
			<Choice field={rateMode} name="loan-rate-mode" checked={rateMode.options![loan.byLpr ? 0 : 1]!} show="commercial" hidden={hide('commercial')} />
			<div class="loan-inputs" data-show="commercial" hidden={hide('commercial')}>
				{input(byName(calc.lpr), 'lpr')}
				{input(byName(calc.basisPoints), 'lpr')}
				{input(byName(calc.commercialRate), 'rate')}
			</div>
			<p class="loan-rate" data-show="lpr" hidden={hide('lpr')}>
				{commercialRateText(loan)}
			</p>
			<div class="loan-inputs" data-show="fund" hidden={hide('fund')}>
				{input(byName(calc.fundRate))}
				{input(byName(calc.fundAmount), 'combo')}
			</div>
			<Choice field={{ name: METHOD, label: '承诺函中的月供按', type: 'choice', required: false, width: 0, options: [...METHODS] }} name="loan-method" checked={METHODS[0]} />
			<div class="loan-results">
				<PlanTable part="total" caption={totalCaption(null)} />
				<template data-loan-parts>
					<details class="loan-parts">
						<summary>商业贷款和公积金贷款两部分的明细</summary>
						<PlanTable part="commercial" caption="" />
						<PlanTable part="fund" caption="" />
					</details>
				</template>
			</div>
			<p class="loan-note">
				按月利率 = 年利率 ÷ 12 计算，结果精确到分；组合贷两部分分别计算，每月还款为两部分之和。LPR、加减基点和公积金利率请按签约时的公布值和银行、公积金中心的审批结果填写，利率与月供以银行实际审批为准。
			</p>
		</section>
	);
}
