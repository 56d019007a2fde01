/**
 * SMS text: placeholder filling and the segment count.
 *
 * A Chinese SMS is sent as UCS-2: one message carries 70 characters; a longer text is split into
 * parts of 67 (each part gives 3 characters to the joining header). The count is in UTF-16 code
 * units, which is what UCS-2 counts, so an emoji takes two.
 */

/** Characters in a single-part Chinese SMS. */
export const SINGLE_SMS_CHARS = 70;
/** Characters per part once a Chinese SMS has to be split. */
export const MULTIPART_SMS_CHARS = 67;

import { PLACEHOLDER } from '../../model/template-text.ts';

/** The variable names a body uses, in order of first use. */
export function placeholders(body: string): string[] {
	return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** A piece of a filled body: literal text, or a variable with its value (empty when not filled). */
export type Piece = { text: string } | { name: string; value: string };

/** Splits a body into text and variables, so a UI can render values as text (never as HTML). */
export function pieces(body: string, values: Record<string, string | undefined>): Piece[] {
	const out: Piece[] = [];
	let last = 0;
	for (const m of body.matchAll(PLACEHOLDER)) {
		if (m.index > last) out.push({ text: body.slice(last, m.index) });
		out.push({ name: m[1]!, value: (values[m[1]!] ?? '').trim() });
		last = m.index + m[0].length;
	}
	if (last < body.length) out.push({ text: body.slice(last) });
	return out;
}

/** The message as sent: filled variables replaced, unfilled ones left as `{名称}` so they stand out. */
export function fillText(body: string, values: Record<string, string | undefined>): string {
	return pieces(body, values)
		.map((p) => ('text' in p ? p.text : p.value || `{${p.name}}`))
		.join('');
}

/** Characters as a reader counts them (code points). */
export function charCount(text: string): number {
	return Array.from(text).length;
}

/** How many SMS parts a text needs: 0 for an empty text, 1 up to 70 units, then ⌈units / 67⌉. */
export function smsSegments(text: string): number {
	const units = text.length;
	if (units === 0) return 0;
	return units <= SINGLE_SMS_CHARS ? 1 : Math.ceil(units / MULTIPART_SMS_CHARS);
}
