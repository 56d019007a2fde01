import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { checkField, checkIdCard, checkIdDocument, checkProvince, idCardCheckChar, originOf, parseBasisPoints, parseNumber, PROVINCES } from '../../src/features/templates/field-checks.ts';
import { TemplateSchema } from '../../src/model/schemas/template.ts';
import { fillText } from '../../src/features/templates/sms.ts';

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

describe('land and loan terms', () => {
	it('accepts 70 years of land use (the residential term), and 40 and 50', () => {
		for (const v of ['70', '50', '40', '63']) expect(checkField(v, 'landTerm'), v).toBeNull();
	});
	it('refuses more than 70 years, zero and fractions of a year of land use', () => {
		expect(checkField('71', 'landTerm')).toBe('土地使用年限最长 70 年（住宅用地），请填写 1–70');
		expect(checkField('0', 'landTerm')).toMatch(/1–70/);
		expect(checkField('69.5', 'landTerm')).toBe('土地使用年限请填写整数年，例如 70');
	});
	it('keeps a loan at 30 years at most', () => {
		expect(checkField('30', 'loanTerm')).toBeNull();
		expect(checkField('1', 'loanTerm')).toBeNull();
		expect(checkField('31', 'loanTerm')).toBe('个人住房贷款最长 30 年，请填写 1–30');
		expect(checkField('70', 'loanTerm')).toMatch(/最长 30 年/);
	});
	it('uses those checks on the commitment letter: 土地使用年限 takes 70, 贷款年限 does not', () => {
		const letter = TemplateSchema.parse(yaml.load(readFileSync('content/templates/purchase-commitment.yaml', 'utf8')));
		const format = (name: string) => letter.fields.find((f) => f.name === name)!.format;
		expect(checkField('70', format('土地使用年限'))).toBeNull();
		expect(checkField('70', format('贷款年限'))).not.toBeNull();
	});
});

describe('基点', () => {
	it('reads signed whole numbers, with a Chinese minus or a unit', () => {
		expect(['-30', '−30', '+20', '20', '－15 个基点', '-30bp'].map(parseBasisPoints)).toEqual([-30, -30, 20, 20, -15, -30]);
		expect(parseBasisPoints('-30.5')).toBeNaN();
		expect(checkField('-30', 'basisPoints')).toBeNull();
		expect(checkField('-0.3', 'basisPoints')).toMatch(/基点请填写整数/);
		expect(checkField('-3000', 'basisPoints')).toMatch(/±500/);
	});
});

describe('省份', () => {
	it('accepts the full names of all 34 provincial-level divisions', () => {
		expect(PROVINCES).toHaveLength(34);
		for (const p of ['北京市', '广东省', '新疆维吾尔自治区', '内蒙古自治区', '香港特别行政区']) expect(checkProvince(p), p).toBeNull();
		expect(checkField('广西壮族自治区', 'province')).toBeNull();
	});
	it('asks for the full name of a short one and catches a doubled 省', () => {
		expect(checkProvince('广东')).toBe('请写省级行政区的全称“广东省”');
		expect(checkProvince('北京')).toBe('请写省级行政区的全称“北京市”');
		expect(checkProvince('北京市省')).toBe('请写省级行政区的全称“北京市”');
		expect(checkProvince('新疆')).toBe('请写省级行政区的全称“新疆维吾尔自治区”');
		expect(checkProvince('新疆维吾尔自治区省')).toBe('请写省级行政区的全称“新疆维吾尔自治区”');
		expect(checkProvince('加州')).toMatch(/例如 北京市、广东省/);
	});
	it('prints the province as typed on the 业主档案确认表: no "北京市省", no "自治区省"', () => {
		const form = TemplateSchema.parse(yaml.load(readFileSync('content/templates/owner-record.yaml', 'utf8')));
		const lines = form.paper!.blocks.flatMap((b) => (b.type === 'section' ? b.lines : b.type === 'p' ? [b.text] : []));
		const printed = lines.map((l) => fillText(l, { 主产权人省份: '北京市', 共有人1省份: '新疆维吾尔自治区', 共有人2省份: '广东省' })).join('\n');
		expect(printed).toContain('通讯地址：北京市');
		expect(printed).toContain('通讯地址：新疆维吾尔自治区');
		expect(printed).not.toMatch(/市省|区省|省省/);
		for (const f of form.fields.filter((f) => f.name.endsWith('省份'))) expect(f.format).toBe('province');
	});
});

describe('ID documents by 国籍', () => {
	it('reads 国籍 as mainland, 港澳, 台湾 or foreign', () => {
		expect(['', '中国', '中国大陆', '中华人民共和国', ' 中国 '].map(originOf)).toEqual(['mainland', 'mainland', 'mainland', 'mainland', 'mainland']);
		expect(['中国香港', '香港', '中国澳门', '澳门'].map(originOf)).toEqual(['hkmo', 'hkmo', 'hkmo', 'hkmo']);
		expect(['中国台湾', '台湾'].map(originOf)).toEqual(['taiwan', 'taiwan']);
		expect(['美国', '新加坡', '加拿大'].map(originOf)).toEqual(['foreign', 'foreign', 'foreign']);
	});
	it('keeps the 居民身份证 check (with its check character) for 中国 and for 国籍 left blank', () => {
		expect(checkIdDocument('11010519491231002X', '中国')).toBeNull();
		expect(checkIdDocument('110105194912310021', '中国大陆')).toBe('身份证号校验位不符，请逐位核对');
		expect(checkIdDocument('E12345678', '中国')).toMatch(/身份证号应为 18 位/);
		expect(checkIdDocument('E12345678', '')).toBe('身份证号应为 18 位，现在是 9 位（港澳台居民或外籍人士请先填写国籍）');
	});
	it('accepts a 护照 number for a foreign national and refuses what is not one', () => {
		expect(checkIdDocument('E12345678', '美国')).toBeNull();
		expect(checkIdDocument('k1234567', '新加坡')).toBeNull();
		expect(checkIdDocument('护照', '美国')).toMatch(/护照号码/);
		expect(checkIdDocument('ABCDEFG', '美国')).toMatch(/护照号码/); // no digit: not a passport number
	});
	it('accepts the 港澳居民来往内地通行证 and the 港澳台居民居住证 for 港澳', () => {
		expect(checkIdDocument('H12345678', '中国香港')).toBeNull();
		expect(checkIdDocument('M1234567801', '澳门')).toBeNull();
		const permit = '81000019900101001';
		expect(checkIdDocument(permit + idCardCheckChar(permit), '中国香港')).toBeNull();
		expect(checkIdDocument(permit + (idCardCheckChar(permit) === '1' ? '2' : '1'), '中国香港')).toMatch(/港澳居民来往内地通行证/);
		expect(checkIdDocument('11010519491231002X', '中国香港')).toMatch(/港澳居民来往内地通行证/); // a mainland 身份证 is not a 港澳 document
	});
	it('accepts the 台湾居民来往大陆通行证 and the 居住证 (830000…) for 台湾', () => {
		expect(checkIdDocument('12345678', '中国台湾')).toBeNull();
		const permit = '83000019850505002';
		expect(checkIdDocument(permit + idCardCheckChar(permit), '台湾')).toBeNull();
		expect(checkIdDocument('H12345678', '台湾')).toMatch(/台湾居民来往大陆通行证/);
	});
	it('is what checkField does for an ID field with a 国籍 beside it, on the 业主档案确认表', () => {
		expect(checkField('E12345678', 'idcard', { nationality: '美国' })).toBeNull();
		expect(checkField('E12345678', 'idcard')).toMatch(/身份证号应为 18 位/);
		const form = TemplateSchema.parse(yaml.load(readFileSync('content/templates/owner-record.yaml', 'utf8')));
		const ids = form.fields.filter((f) => f.format === 'idcard');
		expect(ids).toHaveLength(3);
		for (const f of ids) expect(form.fields.find((g) => g.name === f.nationality)?.name, f.name).toMatch(/国籍$/);
	});
});
