/**
 * Checks of typed form values, each returning a Chinese message for the reader or null when fine.
 * An empty value is never wrong here (blank forms must always print); `required` is separate.
 */

import type { Format } from '../../model/template-text.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character (GB 11643, ISO 7064 MOD 11-2) of the first 17 digits of a 身份证号. */
export function idCardCheckChar(first17: string): string {
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
	return CHECK_CHARS[sum % 11]!;
}

/** 18-character 身份证号: 17 digits, a valid birth date, the right check character (X or x). */
export function checkIdCard(value: string): string | null {
	const v = value.trim().toUpperCase();
	if (v.length !== 18) return `身份证号应为 18 位，现在是 ${v.length} 位`;
	if (!/^\d{17}[\dX]$/.test(v)) return '身份证号前 17 位应为数字，最后一位为数字或 X';
	const [y, m, d] = [Number(v.slice(6, 10)), Number(v.slice(10, 12)), Number(v.slice(12, 14))];
	const birth = new Date(Date.UTC(y, m - 1, d));
	if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return '身份证号中的出生日期（第 7–14 位）不是有效日期';
	if (idCardCheckChar(v) !== v[17]) return '身份证号校验位不符，请逐位核对';
	return null;
}

/** Decimal number with at most `decimals` places; commas and spaces between digits are allowed. */
function decimal(value: string, decimals: number): number | null {
	const v = value.replace(/[,，\s]/g, '');
	const re = decimals === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`);
	return re.test(v) ? Number(v) : null;
}

/** Parses a number as the checks accept it (commas allowed, a trailing % for rates); NaN otherwise. */
export function parseNumber(value: string | undefined): number {
	if (!value) return NaN;
	const v = value.replace(/[,，\s]/g, '').replace(/[%％]$/, '');
	return /^\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
}

const CHECKS: Record<Format, (v: string) => string | null> = {
	idcard: checkIdCard,
	mobile: (v) => (/^1\d{10}$/.test(v.replace(/[\s-]/g, '')) ? null : '手机号应为 11 位数字，以 1 开头'),
	phone: (v) => (/^[\d\s()（）+-]{5,20}$/.test(v) && /\d{5}/.test(v.replace(/\D/g, '')) ? null : '电话号码只能包含数字、空格、括号和“-”'),
	postcode: (v) => (/^\d{6}$/.test(v.trim()) ? null : '邮编应为 6 位数字'),
	money: (v) => (decimal(v, 2) !== null ? null : '金额请填写数字（单位：元），最多两位小数，例如 1200000 或 5307.27'),
	area: (v) => (decimal(v, 2) !== null ? null : '面积请填写数字（单位：平方米），最多两位小数，例如 89.56'),
	rate: (v) => {
		const n = parseNumber(v);
		return n > 0 && n < 100 ? null : '利率请填写年利率的百分数，例如 3.95（表示 3.95%）';
	},
	percent: (v) => {
		const n = parseNumber(v);
		return n >= 0 && n < 100 ? null : '比例请填写 0–99 之间的百分数，例如 30';
	},
	years: (v) => {
		const n = decimal(v, 0);
		return n !== null && n >= 1 && n <= 50 ? null : '年限请填写整数年，例如 30';
	},
	year: (v) => (/^(19|20)\d{2}$/.test(v.trim()) ? null : '年份请填写 4 位数字，例如 2025'),
	month: (v) => {
		const n = decimal(v, 0);
		return n !== null && n >= 1 && n <= 12 ? null : '月份请填写 1–12';
	},
	day: (v) => {
		const n = decimal(v, 0);
		return n !== null && n >= 1 && n <= 31 ? null : '日期请填写 1–31';
	},
};

/** The message for a value in a format, or null when the value is empty or fine. */
export function checkField(value: string | undefined, format: Format | undefined): string | null {
	if (!value || !value.trim() || !format) return null;
	return CHECKS[format](value.trim());
}
