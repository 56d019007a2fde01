/**
 * A printable form drawn as paper: text with fill-in lines. Rendered on the server blank (so it
 * shows and prints without JavaScript); once hydrated the lines can be filled, are checked, are
 * shared with the other templates, and the 月供 calculator fills the letter's figures.
 * The tools (客户资料, print buttons) and the calculator are part of the server markup, disabled
 * until storage is read: hydration replaces nothing and saved values fill the same inputs (issue 15).
 */
import { useEffect, useState } from 'preact/hooks';
import { parseNumber } from './field-checks.ts';
import { letterLoan } from './loan-form.ts';
import { toFen } from './mortgage.ts';
import { PLACEHOLDER } from '../../model/template-text.ts';
import type { ResolvedBlock } from '../../model/templates.ts';
import type { Calculator, Field } from '../../model/schemas/template.ts';
import Blank from './Blank.tsx';
import BuyerBar from './BuyerBar.tsx';
import LoanPanel, { RATIO } from './LoanPanel.tsx';
import { useBuyer } from './use-buyer.ts';

interface Props {
	title: string;
	blocks: ResolvedBlock[];
	fields: Field[];
	calculator?: Calculator;
}

const num = (v: string | undefined) => {
	const n = parseNumber(v);
	return Number.isNaN(n) ? undefined : n;
};

export default function FormPaper({ title, blocks, fields, calculator }: Props) {
	const buyer = useBuyer();
	const [touched, setTouched] = useState<Record<string, boolean>>({});
	const [blankPrint, setBlankPrint] = useState(false);
	const values = blankPrint ? {} : buyer.values;
	const byName = new Map(fields.map((f, i) => [f.name, { field: f, index: i }]));

	// Values restored from storage are checked straight away.
	useEffect(() => {
		if (buyer.ready) setTouched(Object.fromEntries(Object.entries(buyer.values).filter(([, v]) => v.trim()).map(([k]) => [k, true])));
	}, [buyer.ready]);

	useEffect(() => {
		if (!blankPrint) return;
		const done = () => setBlankPrint(false);
		window.addEventListener('afterprint', done, { once: true });
		window.print();
		// Browsers that print without blocking may not fire afterprint for script-started prints.
		const timer = setTimeout(done, 1000);
		return () => clearTimeout(timer);
	}, [blankPrint]);

	const loan = calculator ? letterLoan(calculator, values) : undefined;
	const computed = loan?.computed ?? {};

	/** Typing 首付比例 fills 首付款; typing 首付款 drops the ratio; a new 总价 re-applies the ratio. */
	const input = (name: string, value: string) => {
		const changes: Record<string, string> = { [name]: value };
		if (calculator) {
			const ratio = name === RATIO ? num(value) : num(buyer.values[RATIO]);
			const total = name === calculator.totalPrice ? num(value) : num(buyer.values[calculator.totalPrice]);
			if (name === calculator.downPayment) changes[RATIO] = '';
			else if ((name === RATIO || name === calculator.totalPrice) && ratio !== undefined && total !== undefined)
				changes[calculator.downPayment] = String(toFen((total * ratio) / 100));
		}
		buyer.set(changes);
	};
	const blur = (name: string) => setTouched((t) => ({ ...t, [name]: true }));

	// A field may appear twice on paper (房号 in the opening and in clause 七): each line gets its own id.
	const seen = new Map<string, number>();
	/** Text with its `{字段}` placeholders turned into fill-in lines. */
	const line = (text: string) => {
		const out = [];
		let last = 0;
		for (const m of text.matchAll(PLACEHOLDER)) {
			out.push(text.slice(last, m.index));
			last = m.index + m[0].length;
			const name = m[1]!;
			const hand = /^_(\d+)$/.exec(name);
			if (hand) {
				out.push(<span class="blank blank-hand" style={{ width: `${hand[1]}em` }} />);
				continue;
			}
			const { field, index } = byName.get(name)!;
			const k = seen.get(name) ?? 0;
			seen.set(name, k + 1);
			out.push(
				<Blank
					field={field}
					id={k ? `paper-f${index}-${k}` : `paper-f${index}`}
					value={values[name] ?? ''}
					computed={field.type === 'computed' ? (computed[name] ?? '') : undefined}
					touched={!!touched[name]}
					context={field.nationality ? { nationality: values[field.nationality] ?? '' } : undefined}
					onInput={(v) => input(name, v)}
					onBlur={() => blur(name)}
				/>,
			);
		}
		out.push(text.slice(last));
		return out;
	};

	return (
		<div class="template-form" data-ready={buyer.ready ? '' : undefined}>
			<div class="form-tools no-print" data-pagefind-ignore>
				<BuyerBar buyer={buyer} />
				<div class="btn-row print-actions">
					<button type="button" class="btn btn-primary" disabled={!buyer.ready} onClick={() => window.print()}>
						打印（含已填内容）
					</button>
					<button type="button" class="btn" disabled={!buyer.ready} onClick={() => setBlankPrint(true)}>
						打印空白表
					</button>
					<span class="print-hint">A4 纸；检查提示不会打印，有错也能打印。</span>
				</div>
			</div>
			{calculator && loan && <LoanPanel calc={calculator} fields={fields} values={buyer.values} touched={touched} loan={loan} onInput={input} onBlur={blur} />}
			<article class="paper" aria-label={`${title}（纸面）`}>
				<h2 class="paper-title">{title}</h2>
				{blocks.map((b) => {
					if (b.type === 'p')
						return (
							<p class={`paper-p align-${b.align}${b.indent ? ' indent' : ''}`}>
								{line(b.text)}
								{b.editorial && (
									<span class="editorial no-print" title="编者补充：原文缺">
										编者补充
									</span>
								)}
							</p>
						);
					if (b.type === 'list')
						return (
							<div class="paper-list">
								{b.title && <p class="paper-list-title">{b.title}</p>}
								<ul role="list">
									{b.items.map((item) => (
										<li>{line(item)}</li>
									))}
								</ul>
							</div>
						);
					if (b.type === 'note')
						return (
							<aside class={`paper-note${b.title === '合规提示' ? ' paper-compliance' : ''}`} aria-label={b.title}>
								<p>
									<strong>{b.title}</strong>
									<span class="editorial" title="编者补充：不是原文表单的内容，使用前请由法务审核">
										编者补充
									</span>
								</p>
								<p>{line(b.text)}</p>
							</aside>
						);
					return (
						<fieldset class="paper-section">
							<legend>{b.title}</legend>
							{b.lines.map((l) => (
								<p class="paper-line">{line(l)}</p>
							))}
						</fieldset>
					);
				})}
			</article>
		</div>
	);
}
