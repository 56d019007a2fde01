import { describe, expect, it } from 'vitest';
import { checkField, checkIdCard, idCardCheckChar, parseNumber } from '../../src/features/templates/field-checks.ts';

describe('checkIdCard', () => {
	it('accepts the national standard’s sample number and a lower-case x', () => {
		expect(idCardCheckChar('11010519491231002')).toBe('X');
		expect(checkIdCard('11010519491231002X')).toBeNull();
		expect(checkIdCard('11010519491231002x')).toBeNull();
		expect(checkIdCard('440524198001010013')).toBeNull();
	});
	it('says what is wrong: length, characters, birth date, check digit', () => {
		expect(checkIdCard('1101051949123100')).toBe('身份证号应为 18 位，现在是 16 位');
		expect(checkIdCard('11010519491231002Y')).toMatch(/最后一位为数字或 X/);
		expect(checkIdCard('110105194902300026')).toMatch(/出生日期/);
		expect(checkIdCard('110105194912310021')).toBe('身份证号校验位不符，请逐位核对');
	});
});

describe('checkField', () => {
	it('never complains about an empty value (blank forms print)', () => {
		expect(checkField('', 'idcard')).toBeNull();
		expect(checkField('   ', 'mobile')).toBeNull();
	});
	it('checks 手机, 邮编 and 座机', () => {
		expect(checkField('13800138000', 'mobile')).toBeNull();
		expect(checkField('1380013800', 'mobile')).toBe('手机号应为 11 位数字，以 1 开头');
		expect(checkField('100080', 'postcode')).toBeNull();
		expect(checkField('10008', 'postcode')).toBe('邮编应为 6 位数字');
		expect(checkField('(010) 6255-1234', 'phone')).toBeNull();
		expect(checkField('电话', 'phone')).toMatch(/只能包含数字/);
	});
	it('wants money, areas and rates as numbers', () => {
		expect(checkField('1,200,000', 'money')).toBeNull();
		expect(checkField('5307.27', 'money')).toBeNull();
		expect(checkField('一百万', 'money')).toMatch(/金额请填写数字/);
		expect(checkField('12.345', 'money')).toMatch(/最多两位小数/);
		expect(checkField('89.56', 'area')).toBeNull();
		expect(checkField('3.95', 'rate')).toBeNull();
		expect(checkField('3.95%', 'rate')).toBeNull();
		expect(checkField('0', 'rate')).toMatch(/年利率/);
		expect(checkField('30', 'years')).toBeNull();
		expect(checkField('30.5', 'years')).toMatch(/整数年/);
		expect(checkField('13', 'month')).toMatch(/1–12/);
	});
	it('parses numbers the way the checks accept them', () => {
		expect(parseNumber('1,200,000')).toBe(1_200_000);
		expect(parseNumber('3.95%')).toBe(3.95);
		expect(parseNumber('abc')).toBeNaN();
		expect(parseNumber(undefined)).toBeNaN();
	});
});
