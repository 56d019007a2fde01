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

/**
 * 土地使用年限: the statutory maximum terms are 居住用地 70 年, 工业/教育科技文化卫生体育/综合 50 年,
 * 商业旅游娱乐 40 年 (城镇国有土地使用权出让和转让暂行条例 第12条). A letter may also state what is
 * left of a term (a resale, or land granted years before the sale), so any whole number 1–70 is
 * accepted rather than only 40/50/70.
 */
export const LAND_TERM_MAX = 70;
/** 贷款年限: personal housing loans (commercial and 公积金) run at most 30 years. */
export const LOAN_TERM_MAX = 30;

/** A signed whole number of 基点 ("-30", "−30", "+20", "20"); NaN otherwise. */
export function parseBasisPoints(value: string | undefined): number {
	if (!value) return NaN;
	const v = value.replace(/\s/g, '').replace(/[−－—–]/, '-').replace(/^＋/, '+').replace(/(个)?基点$|bp$/i, '');
	return /^[+-]?\d+$/.test(v) ? Number(v) : NaN;
}

/** The 34 provincial-level divisions by full name (what the form's 省份 field holds). */
export const PROVINCES = [
	'北京市', '天津市', '上海市', '重庆市',
	'河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省',
	'河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '台湾省',
	'内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区',
	'香港特别行政区', '澳门特别行政区',
] as const;

/** Short name of a full one: 广东省 → 广东, 新疆维吾尔自治区 → 新疆, 香港特别行政区 → 香港. */
const shortName = (full: string) => full.replace(/(维吾尔|壮族|回族)?自治区$|特别行政区$|[省市]$/, '');

/**
 * 省份 must be the full name, because the paper prints it as written (no 省 is added): "广东" is
 * answered with "请写全称“广东省”", and "北京市省" with the doubled 省 named.
 */
export function checkProvince(value: string): string | null {
	const v = value.trim();
	if ((PROVINCES as readonly string[]).includes(v)) return null;
	const full = PROVINCES.find((p) => shortName(p) === v || p === v.replace(/省$/, '') || shortName(p) + '省' === v || shortName(p) + '市' === v);
	if (full) return `请写省级行政区的全称“${full}”`;
	return '请填写省级行政区的全称，例如 北京市、广东省、新疆维吾尔自治区';
}

/** Where a document holder is from, as the form's 国籍 field says. */
export type Origin = 'mainland' | 'hkmo' | 'taiwan' | 'foreign';

/**
 * Reads a 国籍 entry: empty, 中国, 中国大陆, 中华人民共和国 → mainland; 香港/澳门 (中国香港…) → hkmo;
 * 台湾 (中国台湾) → taiwan; anything else (美国, 新加坡…) → foreign.
 */
export function originOf(nationality: string | undefined): Origin {
	const v = (nationality ?? '').replace(/\s|（.*?）|\(.*?\)/g, '');
	if (/香港|澳门|港澳/.test(v)) return 'hkmo';
	if (/台湾/.test(v)) return 'taiwan';
	if (!v || /^(中国|中华人民共和国)(大陆|内地)?$|^(大陆|内地)$|^CHN$|^China$/i.test(v)) return 'mainland';
	return 'foreign';
}

/** The 18-digit 港澳台居民居住证 number: a 身份证号 whose address code is 810000 / 820000 / 830000. */
function residencePermit(v: string, prefixes: string[]): boolean {
	return prefixes.some((p) => v.startsWith(p)) && checkIdCard(v) === null;
}

/**
 * An owner's ID document number, judged by the 国籍 beside it:
 * - 中国 (mainland, or 国籍 left blank): the 18-digit 居民身份证 with its check character;
 * - 港澳: 港澳居民来往内地通行证 (H or M and 8 digits, older cards 10) or the 18-digit 港澳台居民居住证
 *   (810000… / 820000…, checked like a 身份证号);
 * - 台湾: 台湾居民来往大陆通行证 (8 digits, older ones 10 digits with a letter) or the 居住证 (830000…);
 * - other nationalities: a 护照 number (5–17 letters and digits) or the 外国人永久居留身份证 (18
 *   characters, checked like a 身份证号).
 */
export function checkIdDocument(value: string, nationality?: string): string | null {
	const v = value.trim().toUpperCase().replace(/\s/g, '');
	switch (originOf(nationality)) {
		case 'mainland': {
			const problem = checkIdCard(value);
			// A passport typed before 国籍: say where the other documents come in.
			return problem && !nationality?.trim() && !/^\d{15,18}[\dX]?$/.test(v) ? `${problem}（港澳台居民或外籍人士请先填写国籍）` : problem;
		}
		case 'hkmo':
			return /^[HM]\d{8}(\d{2})?$/.test(v) || residencePermit(v, ['81', '82'])
				? null
				: '港澳居民请填写港澳居民来往内地通行证号码（H 或 M 开头，加 8 位数字）或港澳台居民居住证号码（18 位）';
		case 'taiwan':
			return /^\d{8}$/.test(v) || /^\d{10}[A-Z]?$/.test(v) || residencePermit(v, ['83'])
				? null
				: '台湾居民请填写台湾居民来往大陆通行证号码（8 位数字）或港澳台居民居住证号码（18 位）';
		case 'foreign':
			return (/^[A-Z0-9]{5,17}$/.test(v) && /\d/.test(v)) || (v.length === 18 && checkIdCard(v) === null)
				? null
				: '外籍人士请填写护照号码（5–17 位字母和数字）或外国人永久居留身份证号码';
	}
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
	landTerm: (v) => {
		const n = decimal(v, 0);
		if (n === null) return '土地使用年限请填写整数年，例如 70';
		return n >= 1 && n <= LAND_TERM_MAX ? null : `土地使用年限最长 ${LAND_TERM_MAX} 年（住宅用地），请填写 1–${LAND_TERM_MAX}`;
	},
	loanTerm: (v) => {
		const n = decimal(v, 0);
		if (n === null) return '贷款年限请填写整数年，例如 30';
		return n >= 1 && n <= LOAN_TERM_MAX ? null : `个人住房贷款最长 ${LOAN_TERM_MAX} 年，请填写 1–${LOAN_TERM_MAX}`;
	},
	basisPoints: (v) => {
		const n = parseBasisPoints(v);
		return Number.isNaN(n) ? '基点请填写整数，减点写负数，例如 -30（1 个基点 = 0.01%）' : Math.abs(n) > 500 ? '基点超出常见范围（±500），请核对：1 个基点 = 0.01%' : null;
	},
	province: checkProvince,
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

/** What a check may need besides the value: the 国籍 beside an ID number. */
export interface CheckContext {
	nationality?: string;
}

/**
 * The message for a value in a format, or null when the value is empty or fine. An `idcard` with
 * a `nationality` in the context is any ID document that nationality uses (see checkIdDocument).
 */
export function checkField(value: string | undefined, format: Format | undefined, context: CheckContext = {}): string | null {
	if (!value || !value.trim() || !format) return null;
	if (format === 'idcard' && context.nationality !== undefined) return checkIdDocument(value, context.nationality);
	return CHECKS[format](value.trim());
}
