/** Chinese ordinals for stage numbers: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十. */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1-based number → Chinese numeral, for 1 to 99 (playbooks never have more stages). */
export function chineseNumeral(n: number): string {
	if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumeral: ${n} is outside 1–99`);
	if (n < 10) return DIGITS[n]!;
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}
