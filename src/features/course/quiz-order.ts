/**
 * The order a quiz shows its options in: shuffled for every attempt, so a reader cannot learn
 * answers by position, and deterministic for a given seed, so it can be tested. The answer key
 * never moves: options keep their index in the YAML (the "option id"), choices are recorded by
 * that index and graded against `answer` as written; only the letters on screen follow the
 * display order (the first option shown is A). Pure; no DOM.
 */

/** A small, fast PRNG (mulberry32): the same seed gives the same sequence in every browser. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A seed for a new attempt (the browser's crypto when present). */
export function newSeed(): number {
	const c = globalThis.crypto;
	if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0]!;
	return Math.floor(Math.random() * 2 ** 32);
}

/** Mixes a question's index into the attempt's seed, so each question gets its own shuffle. */
function questionSeed(seed: number, question: number): number {
	return (Math.imul(seed ^ 0x9e3779b9, 31) + Math.imul(question + 1, 0x85ebca6b)) >>> 0;
}

/**
 * A permutation of 0…n−1 (Fisher–Yates): `order[position] = option index`. With three options
 * or more it is never the identity, so an attempt never shows the YAML order by chance: a reader
 * who learnt the written order (or the no-JavaScript page) cannot rely on it. Two options are
 * simply shuffled (excluding the identity would always show them reversed).
 */
export function shuffle(n: number, seed: number): number[] {
	const order = Array.from({ length: n }, (_, i) => i);
	if (n < 2) return order;
	const next = random(seed);
	for (let tries = 0; tries < 8; tries++) {
		for (let i = n - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[order[i], order[j]] = [order[j]!, order[i]!];
		}
		if (n < 3 || order.some((o, i) => o !== i)) return order;
	}
	// Eight identities in a row cannot happen with a sound generator; rotate to be sure.
	return order.map((_, i) => (i + 1) % n);
}

/** The display order of every question's options for one attempt. */
export function quizOrder(optionCounts: readonly number[], seed: number): number[][] {
	return optionCounts.map((n, q) => shuffle(n, questionSeed(seed, q)));
}

/** Letter of a display position: 0 → "A". */
export const letterAt = (position: number) => String.fromCharCode(65 + position);

/** The letters the given option indexes have in a display order, in display order: "A、C". */
export function lettersFor(order: readonly number[], options: readonly number[]): string {
	return order
		.map((option, position) => (options.includes(option) ? letterAt(position) : ''))
		.filter(Boolean)
		.join('、');
}
