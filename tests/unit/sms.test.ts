import { describe, expect, it } from 'vitest';
import { charCount, fillText, pieces, placeholders, smsSegments } from '../../src/features/templates/sms.ts';

describe('smsSegments', () => {
	it('fits up to 70 Chinese characters in one message', () => {
		expect(smsSegments('')).toBe(0);
		expect(smsSegments('您'.repeat(1))).toBe(1);
		expect(smsSegments('您'.repeat(70))).toBe(1);
	});
	it('splits longer texts into parts of 67', () => {
		expect(smsSegments('您'.repeat(71))).toBe(2);
		expect(smsSegments('您'.repeat(134))).toBe(2);
		expect(smsSegments('您'.repeat(135))).toBe(3);
		expect(smsSegments('您'.repeat(201))).toBe(3);
		expect(smsSegments('您'.repeat(202))).toBe(4);
	});
	it('counts an emoji as two units, as UCS-2 does', () => {
		expect(charCount('好😀')).toBe(2);
		expect(smsSegments('您'.repeat(69) + '😀')).toBe(2);
	});
});

describe('placeholders and filling', () => {
	const body = '{客户姓名}您好，您的{房号}号房定于{签约日期}签约。置业顾问{置业顾问}';
	it('lists each variable once, in order', () => {
		expect(placeholders(body + '{客户姓名}')).toEqual(['客户姓名', '房号', '签约日期', '置业顾问']);
	});
	it('fills the variables and leaves unfilled ones visible', () => {
		expect(fillText(body, { 客户姓名: '张先生', 房号: ' 3-1201 ' })).toBe('张先生您好，您的3-1201号房定于{签约日期}签约。置业顾问{置业顾问}');
	});
	it('keeps markup typed into a field as plain text pieces', () => {
		const xss = '<img src=x onerror=alert(1)>';
		expect(pieces('{客户姓名}您好', { 客户姓名: xss })).toEqual([{ name: '客户姓名', value: xss }, { text: '您好' }]);
		expect(fillText('{客户姓名}您好', { 客户姓名: xss })).toBe(`${xss}您好`);
	});
});
