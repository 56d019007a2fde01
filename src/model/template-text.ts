/** Template text conventions shared by the schema (build time) and the islands (browser). No zod here. */

/** Formats a field may declare in its template. */
export const FORMATS = ['idcard', 'mobile', 'phone', 'postcode', 'money', 'rate', 'area', 'years', 'landTerm', 'loanTerm', 'basisPoints', 'province', 'percent', 'year', 'month', 'day'] as const;
export type Format = (typeof FORMATS)[number];

/** `{客户姓名}` — a variable in a template body; `{_6}` is a 6 em line to write on by hand. */
export const PLACEHOLDER = /\{([^{}\s]+)\}/g;

/** Field names a text uses, skipping `{_6}` writing lines. */
export function fieldsIn(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((n) => !/^_\d+$/.test(n));
}

/** Loans the 月供 calculator knows. */
export const LOAN_KINDS = ['商业贷款', '公积金贷款', '组合贷'] as const;
export type LoanKind = (typeof LOAN_KINDS)[number];

/** How the 商业贷款 rate was given (the letter says so when it was LPR + 基点). */
export const RATE_MODES = ['LPR 加减基点', '直接填写利率'] as const;
export type RateMode = (typeof RATE_MODES)[number];
