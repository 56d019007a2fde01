import { describe, expect, it } from 'vitest';
import { lettersFor, quizOrder, random, shuffle } from '../../src/features/course/quiz-order.ts';
import { isCorrect, scoreQuiz } from '../../src/features/course/course.ts';

const isPermutation = (order: number[], n: number) => [...order].sort((a, b) => a - b).join() === Array.from({ length: n }, (_, i) => i).join();

describe('shuffle', () => {
	it('is a permutation of the options, the same for the same seed', () => {
		for (let seed = 1; seed < 200; seed++) {
			const order = shuffle(5, seed);
			expect(isPermutation(order, 5)).toBe(true);
			expect(shuffle(5, seed)).toEqual(order);
		}
	});
	it('never shows the written order (so the no-JavaScript order cannot be learnt)', () => {
		for (let seed = 0; seed < 500; seed++) expect(shuffle(4, seed)).not.toEqual([0, 1, 2, 3]);
		expect(shuffle(1, 7)).toEqual([0]);
	});
	it('shuffles two options both ways (never always reversed)', () => {
		const seen = new Set(Array.from({ length: 50 }, (_, seed) => shuffle(2, seed).join()));
		expect(seen).toEqual(new Set(['0,1', '1,0']));
	});
	it('gives a new order for a new seed and puts every option in every position about equally often', () => {
		const seen = new Set<string>();
		const counts = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
		const runs = 4000;
		for (let seed = 0; seed < runs; seed++) {
			const order = shuffle(4, seed * 2654435761);
			seen.add(order.join());
			order.forEach((option, position) => counts[option]![position]!++);
		}
		expect(seen.size).toBe(23); // all 24 orders but the written one
		// Uniform over the 23 orders that are not the written one: an option stays in its own position
		// in 5 of them (5/23 ≈ 0.217) and lands in each other position in 6 (6/23 ≈ 0.261).
		counts.forEach((row, option) => row.forEach((c, position) => expect(Math.abs(c / runs - (option === position ? 5 : 6) / 23)).toBeLessThan(0.025)));
	});
	it('draws numbers in [0, 1) from the seed', () => {
		const a = random(42);
		const b = random(42);
		const xs = Array.from({ length: 100 }, a);
		expect(xs).toEqual(Array.from({ length: 100 }, b));
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
	});
});

describe('quizOrder', () => {
	it('shuffles each question on its own and changes with the attempt’s seed', () => {
		const counts = [4, 4, 4, 5, 3];
		const first = quizOrder(counts, 1);
		expect(first.map((o) => o.length)).toEqual(counts);
		expect(first.every((o, q) => isPermutation(o, counts[q]!))).toBe(true);
		expect(new Set(first.slice(0, 3).map((o) => o.join())).size).toBeGreaterThan(1);
		expect(quizOrder(counts, 1)).toEqual(first);
		expect(quizOrder(counts, 2)).not.toEqual(first);
	});
});

describe('grading through the permutation', () => {
	// The written question: options A–D, answer B (index 1); multiple: answer A and C (0, 2).
	const single = { answer: [1] };
	const multiple = { answer: [0, 2] };
	it('letters the answer by where it is shown, and grades the option, not the position', () => {
		const order = [2, 1, 3, 0]; // shown: C, B, D, A of the YAML
		expect(lettersFor(order, single.answer)).toBe('B');
		expect(lettersFor([1, 0, 2, 3], single.answer)).toBe('A');
		expect(lettersFor(order, multiple.answer)).toBe('A、D');
		// The reader picks the first option shown: that is YAML option 2 (C), wrong for B.
		expect(isCorrect(single, [order[0]!])).toBe(false);
		expect(isCorrect(single, [order[1]!])).toBe(true);
	});
	it('scores the same answers the same under any order', () => {
		const questions = [single, multiple];
		for (let seed = 0; seed < 50; seed++) {
			const [o1, o2] = quizOrder([4, 4], seed);
			// Pick by option index, found through the display order.
			const picks = [[o1!.find((j) => j === 1)!], o2!.filter((j) => [0, 2].includes(j))];
			expect(scoreQuiz(questions, picks, 80)).toMatchObject({ correct: 2, percent: 100, passed: true });
		}
	});
});
