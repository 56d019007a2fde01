/** One fill-in line on the paper: an input drawn as an underline, with its check message on screen. */
import { checkField, type CheckContext } from './field-checks.ts';
import type { Field } from '../../model/schemas/template.ts';

interface Props {
	field: Field;
	id: string;
	value: string;
	/** Shown instead of an input for calculator results. */
	computed?: string;
	touched: boolean;
	onInput: (value: string) => void;
	onBlur: () => void;
	/** What the check needs besides the value (the 国籍 beside an ID number). */
	context?: CheckContext;
	/** Id of a hint that describes the input, read before any check message. */
	hintId?: string;
}

/** Width on paper in em: CJK characters take 1 em, digits and Latin letters about 0.6 em. */
function widthOf(text: string): number {
	let w = 0;
	for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 1 : 0.6;
	return w;
}

export default function Blank({ field, id, value, computed, touched, onInput, onBlur, context, hintId }: Props) {
	const em = `${Math.max(field.width, widthOf(computed ?? value) + 1)}em`;
	if (field.type === 'computed')
		return (
			<span class="blank blank-computed" id={id} style={{ width: em }} data-field={field.name}>
				{computed}
			</span>
		);
	if (field.type === 'choice')
		return (
			<span class="blank-choice" role="radiogroup" aria-label={field.label}>
				{field.options!.map((opt) => (
					<label>
						<input type="radio" name={`${id}-choice`} value={opt} checked={value === opt} onChange={() => onInput(opt)} />
						{opt}
					</label>
				))}
			</span>
		);
	const error = touched ? checkField(value, field.format, context) : null;
	const describedBy = [hintId, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
	const numeric = field.format && ['money', 'area', 'rate', 'percent', 'years', 'landTerm', 'loanTerm', 'year', 'month', 'day', 'postcode'].includes(field.format);
	return (
		<>
			<input
				class="blank"
				id={id}
				name={field.name}
				aria-label={field.label}
				value={value}
				autocomplete="off"
				spellcheck={false}
				inputMode={field.format === 'mobile' || field.format === 'phone' ? 'tel' : numeric ? 'decimal' : undefined}
				style={{ width: em }}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={describedBy || undefined}
				onInput={(e) => onInput(e.currentTarget.value)}
				onBlur={onBlur}
			/>
			{error && (
				<span class="field-error no-print" id={`${id}-error`}>
					{error}
				</span>
			)}
		</>
	);
}
