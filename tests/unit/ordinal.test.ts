import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '../../src/model/ordinal.ts';

describe('chineseNumeral', () => {
	it('writes 1–9 as single characters', () => {
		expect([1, 2, 5, 9].map(chineseNumeral)).toEqual(['一', '二', '五', '九']);
	});
	it('writes tens the way stage numbers are read', () => {
		expect([10, 11, 20, 21, 99].map(chineseNumeral)).toEqual(['十', '十一', '二十', '二十一', '九十九']);
	});
	it('refuses numbers outside 1–99', () => {
		expect(() => chineseNumeral(0)).toThrow(RangeError);
		expect(() => chineseNumeral(100)).toThrow(RangeError);
		expect(() => chineseNumeral(1.5)).toThrow(RangeError);
	});
});
