/**
 * One fill-in line on the paper, drawn on the server empty: an input shown as an underline (or
 * the radio buttons of a choice, or the span a calculator result goes into). The data attributes
 * are what form-paper.client.ts needs to fill, widen and check it.
 */
import { blankWidth, inputModeOf } from './blank.ts';
import type { Field } from '../../model/schemas/template.ts';

interface Props {
	field: Field;
	id: string;
	/** Id of a hint that describes the input, read before any check message. */
	hintId?: string;
}

export default function Blank({ field, id, hintId }: Props) {
	const width = blankWidth(field.width, '');
	if (field.type === 'computed')
		return <span class="blank blank-computed" id={id} style={{ width }} data-field={field.name} data-width={field.width} />;
	if (field.type === 'choice')
		return (
			<span class="blank-choice" role="radiogroup" aria-label={field.label} data-choice={field.name}>
				{field.options!.map((opt) => (
					<label>
						<input type="radio" name={`${id}-choice`} value={opt} />
						{opt}
					</label>
				))}
			</span>
		);
	return (
		<input
			class="blank"
			id={id}
			name={field.name}
			aria-label={field.label}
			value=""
			autocomplete="off"
			spellcheck={false}
			inputMode={inputModeOf(field.format)}
			style={{ width }}
			aria-describedby={hintId}
			data-width={field.width}
			data-format={field.format}
			data-nationality={field.nationality}
			data-hint={hintId}
		/>
	);
}
