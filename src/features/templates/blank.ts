/**
 * A fill-in line's width and keyboard, from its field. Pure: Blank.tsx draws the blank line on the
 * server with it, form-paper.client.ts widens it as the value grows.
 */
import type { Format } from '../../model/template-text.ts';

/** Width of a text on paper in em: CJK characters take 1 em, digits and Latin letters about 0.6 em. */
export function widthOf(text: string): number {
	let w = 0;
	for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 1 : 0.6;
	return w;
}

/** The line's CSS width: its field's width, or wider when the value needs it. */
export function blankWidth(base: number, value: string): string {
	return `${Math.max(base, widthOf(value) + 1)}em`;
}

const NUMERIC: readonly Format[] = ['money', 'area', 'rate', 'percent', 'years', 'landTerm', 'loanTerm', 'year', 'month', 'day', 'postcode'];

/** The on-screen keyboard a format wants. */
export function inputModeOf(format: Format | undefined): 'tel' | 'decimal' | undefined {
	if (format === 'mobile' || format === 'phone') return 'tel';
	return format && NUMERIC.includes(format) ? 'decimal' : undefined;
}
