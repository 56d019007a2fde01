/**
 * Chinese punctuation where generated text joins pieces of content: a gate question already ends
 * with "？", so "…？" + "。" must not become "？。". Pure; used by the diagram descriptions and any
 * other text the site puts together, and by the content lint that looks for doubled marks.
 */

/** Marks that end a sentence on their own: nothing is added after them. */
const FINAL = /[。？！?!…]$/;
/** Marks that a new sentence mark replaces ("…；" + "。" → "…。"). */
const WEAK = /[，；：、,;:]$/;

/**
 * `text` ended with `mark` (default "。"): unchanged when it already ends a sentence (？！。…),
 * its trailing comma/semicolon/colon replaced when it ends with one, else the mark appended.
 */
export function endWith(text: string, mark = '。'): string {
	const t = text.trimEnd();
	if (!t || FINAL.test(t)) return t;
	return t.replace(WEAK, '') + mark;
}

/**
 * Clauses joined by `separator` (default "；"), the whole ended with `end` (default "。"). A clause
 * that already ends a sentence ("有成交机会吗？") is followed by the next one directly.
 */
export function joinClauses(clauses: readonly string[], separator = '；', end = '。'): string {
	const parts = clauses.map((c) => c.trim()).filter(Boolean);
	return parts.map((c, i) => endWith(c, i === parts.length - 1 ? end : separator)).join('');
}

/**
 * Two punctuation marks in a row that Chinese text never has: "？。", "？；", "。。", "，。", "；。",
 * "、，"… ("？！", "！！", "……" and "——" are fine; so is a mark before a closing bracket or quote).
 */
const DOUBLED = /[。，；：、？！](?:[。，；：、])|[。，；：、](?:[？！])/g;

/** Each doubled pair in `text` with a few characters either side, for a readable failure. */
export function doubledPunctuation(text: string): string[] {
	return [...text.matchAll(DOUBLED)].map((m) => text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 4).replace(/\s+/g, ' '));
}
