/**
 * The printable forms' controller (issue 15). FormPaper.tsx draws the form on the server blank and
 * this markup is final: the script reads the saved customer data, fills the lines with it, enables
 * the tools, and on every change writes the data back (in the same event, so leaving at once loses
 * nothing), re-checks the lines, widens them, and lets the 月供 calculator fill the letter's 贷款金额,
 * 贷款利率 and 月供. It changes values, attributes and texts in place; the only elements it adds
 * are check messages, and the 组合贷 part tables from their <template>.
 */
import { CLEARED, keepText } from './buyer-text.ts';
import { blankWidth } from './blank.ts';
import { checkField, parseNumber } from './field-checks.ts';
import { browserStores, clearBuyer, loadBuyer, saveBuyer, type BuyerValues } from './fill-once.ts';
import { letterLoan, METHOD, RATIO, type LetterLoan } from './loan-form.ts';
import { cellTexts, commercialRateText, partCaption, shownParts, totalCaption, type Show } from './loan-table.ts';
import { toFen, type EqualInstalment, type EqualPrincipal } from './mortgage.ts';
import type { Calculator } from '../../model/schemas/template.ts';
import type { Format } from '../../model/template-text.ts';

const form = document.querySelector<HTMLElement>('[data-form-paper]');
if (form) enhance(form);

const num = (v: string | undefined) => {
	const n = parseNumber(v);
	return Number.isNaN(n) ? undefined : n;
};

function enhance(root: HTMLElement) {
	const calc = root.dataset.formPaper ? (JSON.parse(root.dataset.formPaper) as Calculator) : undefined;
	const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
	const lines = [...root.querySelectorAll<HTMLInputElement>('input.blank[name]')];
	const groups = [...root.querySelectorAll<HTMLElement>('[data-choice]')];
	const computed = [...root.querySelectorAll<HTMLElement>('.blank-computed[data-field]')];
	const panel = root.querySelector<HTMLElement>('.loan-panel');
	const keepBox = $<HTMLInputElement>('[data-buyer-keep]');
	const keepLabel = $<HTMLElement>('.buyer-keep');
	const status = $<HTMLElement>('.buyer-status');
	const buttons = [keepBox, $<HTMLButtonElement>('[data-buyer-clear]'), ...root.querySelectorAll<HTMLButtonElement>('[data-print]')];

	const stores = browserStores();
	const saved = loadBuyer(stores);
	let values: BuyerValues = saved.values;
	let keep = saved.keep;
	/** Lines left once (or restored with a value) show their check message. */
	const touched = new Set(Object.keys(values).filter((k) => values[k]!.trim()));
	/** True while the blank form prints: every line shows empty, nothing saved changes. */
	let blank = false;

	const save = () => {
		if (Object.values(values).some((x) => x.trim())) saveBuyer(stores, values, keep);
		else clearBuyer(stores);
	};

	/** Typing 首付比例 fills 首付款; typing 首付款 drops the ratio; a new 总价 re-applies the ratio. */
	const set = (name: string, value: string) => {
		const changes: BuyerValues = { [name]: value };
		if (calc) {
			const ratio = name === RATIO ? num(value) : num(values[RATIO]);
			const total = name === calc.totalPrice ? num(value) : num(values[calc.totalPrice]);
			if (name === calc.downPayment) changes[RATIO] = '';
			else if ((name === RATIO || name === calc.totalPrice) && ratio !== undefined && total !== undefined)
				changes[calc.downPayment] = String(toFen((total * ratio) / 100));
		}
		values = { ...values, ...changes };
		save();
		render();
	};

	/** The check message after a line, its aria-invalid and what describes it. */
	const check = (input: HTMLInputElement, value: string, v: BuyerValues) => {
		const { format, nationality, hint } = input.dataset;
		const error = touched.has(input.name) ? checkField(value, format as Format | undefined, nationality !== undefined ? { nationality: v[nationality] ?? '' } : {}) : null;
		const errorId = `${input.id}-error`;
		let message = document.getElementById(errorId);
		if (error) {
			if (!message) {
				message = document.createElement('span');
				message.className = 'field-error no-print';
				message.id = errorId;
				input.after(message);
			}
			if (message.textContent !== error) message.textContent = error;
			input.setAttribute('aria-invalid', 'true');
		} else {
			message?.remove();
			input.removeAttribute('aria-invalid');
		}
		const describedBy = [hint, error ? errorId : undefined].filter(Boolean).join(' ');
		if (describedBy) input.setAttribute('aria-describedby', describedBy);
		else input.removeAttribute('aria-describedby');
	};

	const text = (el: Element | null, t: string) => {
		if (el && el.textContent !== t) el.textContent = t;
	};
	const width = (el: HTMLElement, value: string) => {
		const w = blankWidth(Number(el.dataset.width), value);
		if (el.style.width !== w) el.style.width = w;
	};

	/** The radio a group shows: the panel's choices show the calculator's reading of the values. */
	const chosen = (group: HTMLElement, radios: HTMLInputElement[], v: BuyerValues, loan: LetterLoan | undefined) => {
		const name = group.dataset.choice!;
		if (calc && loan && panel?.contains(group)) {
			if (name === calc.loanKind) return loan.kind;
			if (name === calc.rateMode) return radios[loan.byLpr ? 0 : 1]?.value;
			if (name === METHOD) return v[METHOD] === '等额本金' ? '等额本金' : '等额本息';
		}
		return v[name] ?? '';
	};

	const fillTable = (table: HTMLTableElement | null, caption: string, ei: EqualInstalment | undefined, ep: EqualPrincipal | undefined) => {
		if (!table) return;
		text(table.caption, caption);
		const cells = cellTexts(ei, ep);
		for (const td of table.querySelectorAll<HTMLElement>('td[data-cell]')) text(td, cells[td.dataset.cell as keyof typeof cells]);
	};

	const renderPanel = (box: HTMLElement, loan: LetterLoan) => {
		const shown = shownParts(loan);
		for (const el of box.querySelectorAll<HTMLElement>('[data-show]')) {
			const hide = !shown[el.dataset.show as Show];
			if (el.hidden !== hide) el.hidden = hide;
		}
		const rate = box.querySelector<HTMLElement>('.loan-rate')!;
		text(rate, commercialRateText(loan));
		rate.toggleAttribute('data-commercial-rate', !Number.isNaN(loan.commercialRate));

		const { plan } = loan;
		const results = box.querySelector<HTMLElement>('.loan-results')!;
		fillTable(results.querySelector('table[data-part="total"]'), totalCaption(plan), plan?.equalInstalment, plan?.equalPrincipal);
		let details = results.querySelector<HTMLDetailsElement>('details.loan-parts');
		const split = plan && plan.parts.length > 1;
		if (split && !details) {
			details = results.querySelector<HTMLTemplateElement>('template[data-loan-parts]')!.content.firstElementChild!.cloneNode(true) as HTMLDetailsElement;
			results.append(details);
		} else if (!split && details) details.remove();
		if (split)
			for (const p of plan.parts)
				fillTable(details!.querySelector(`table[data-part="${p.kind === '商业贷款' ? 'commercial' : 'fund'}"]`), partCaption(plan, p), p.equalInstalment, p.equalPrincipal);
	};

	/** Writes the values (or, while the blank form prints, none) into the form. */
	const render = () => {
		const v = blank ? {} : values;
		const loan = calc ? letterLoan(calc, v) : undefined;
		for (const input of lines) {
			const value = v[input.name] ?? '';
			if (input.value !== value) input.value = value;
			width(input, value);
			check(input, value, v);
		}
		for (const span of computed) {
			const t = loan?.computed[span.dataset.field!] ?? '';
			text(span, t);
			width(span, t);
		}
		for (const group of groups) {
			const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
			const pick = chosen(group, radios, v, loan);
			for (const r of radios) if (r.checked !== (r.value === pick)) r.checked = r.value === pick;
		}
		if (panel && loan) renderPanel(panel, loan);
	};

	root.addEventListener('input', (e) => {
		const t = e.target;
		if (t instanceof HTMLInputElement && lines.includes(t)) set(t.name, t.value);
	});
	root.addEventListener('change', (e) => {
		const t = e.target;
		const group = t instanceof HTMLInputElement && t.type === 'radio' ? t.closest<HTMLElement>('[data-choice]') : null;
		if (group && t instanceof HTMLInputElement) set(group.dataset.choice!, t.value);
	});
	root.addEventListener('focusout', (e) => {
		const t = e.target;
		if (t instanceof HTMLInputElement && lines.includes(t) && !touched.has(t.name)) {
			touched.add(t.name);
			render();
		}
	});
	keepBox.addEventListener('change', () => {
		keep = keepBox.checked;
		text(keepLabel, keepText(keep));
		save();
	});
	$<HTMLButtonElement>('[data-buyer-clear]').addEventListener('click', () => {
		values = {};
		clearBuyer(stores);
		text(status, CLEARED);
		render();
	});
	$<HTMLButtonElement>('[data-print="filled"]').addEventListener('click', () => window.print());
	$<HTMLButtonElement>('[data-print="blank"]').addEventListener('click', () => {
		blank = true;
		render();
		const done = () => {
			if (!blank) return;
			blank = false;
			render();
		};
		addEventListener('afterprint', done, { once: true });
		window.print();
		// Browsers that print without blocking may not fire afterprint for script-started prints.
		setTimeout(done, 1000);
	});

	keepBox.checked = keep;
	text(keepLabel, keepText(keep));
	if (Object.keys(values).length) render();
	for (const b of buttons) b.disabled = false;
	root.dataset.ready = '';
}
