/**
 * A printable form drawn as paper: text with fill-in lines, rendered on the server blank (so it
 * shows and prints without JavaScript). This markup is final (issue 15): form-paper.client.ts
 * enables the tools (客户资料, print buttons), fills the lines with the saved values, checks them,
 * shares them with the other templates and lets the 月供 calculator fill the letter's figures,
 * changing values, attributes and texts in place.
 */
import { PLACEHOLDER } from '../../model/template-text.ts';
import type { ResolvedBlock } from '../../model/templates.ts';
import type { Calculator, Field } from '../../model/schemas/template.ts';
import Blank from './Blank.tsx';
import BuyerBar from './BuyerBar.tsx';
import LoanPanel from './LoanPanel.tsx';

interface Props {
	title: string;
	blocks: ResolvedBlock[];
	fields: Field[];
	calculator?: Calculator;
}

export default function FormPaper({ title, blocks, fields, calculator }: Props) {
	const byName = new Map(fields.map((f, i) => [f.name, { field: f, index: i }]));

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
			out.push(<Blank field={field} id={k ? `paper-f${index}-${k}` : `paper-f${index}`} />);
		}
		out.push(text.slice(last));
		return out;
	};

	return (
		<div class="template-form" data-form-paper={calculator ? JSON.stringify(calculator) : ''}>
			<div class="form-tools no-print" data-pagefind-ignore>
				<BuyerBar keep={false} ready={false} status="" />
				<div class="btn-row print-actions">
					<button type="button" class="btn btn-primary" disabled data-print="filled">
						打印（含已填内容）
					</button>
					<button type="button" class="btn" disabled data-print="blank">
						打印空白表
					</button>
					<span class="print-hint">A4 纸；检查提示不会打印，有错也能打印。</span>
				</div>
			</div>
			{calculator && <LoanPanel calc={calculator} fields={fields} />}
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
