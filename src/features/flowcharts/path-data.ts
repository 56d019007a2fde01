/**
 * Mermaid's rough-style shapes come out as SVG path data with 16-digit coordinates and many
 * zero-length curve segments; on a four-flow page that was 200 kB gzip of HTML. Coordinates to
 * 0.1 px and without the empty segments look the same and weigh a third.
 */

/** A number to 0.1, as text ("-0" written "0"). */
export function tenth(value: number | string): string {
	const n = Math.round(Number(value) * 10) / 10;
	return Object.is(n, -0) ? '0' : String(n);
}

/** Path data with numbers rounded to 0.1 and zero-length "M x y C x y, x y, x y" segments dropped. */
export function compactPathData(d: string): string {
	const rounded = d.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (n) => tenth(n));
	const empty = /M\s*(-?[\d.]+)[ ,]+(-?[\d.]+)\s*C\s*\1[ ,]+\2\s*,\s*\1[ ,]+\2\s*,\s*\1[ ,]+\2\s*/g;
	const compact = rounded.replace(empty, '').trim();
	return compact || rounded;
}

/** Numbers in `points` and `transform` values rounded to 0.01 px (Mermaid writes 15 decimals). */
export function roundCoordinates(value: string): string {
	return value.replace(/(\d+\.\d\d)\d+/g, '$1');
}

/** A rectangle with fully rounded ends (Mermaid's stadium node), in the path's own coordinates. */
export interface Stadium {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * The stadium that path data traces, when every point of it (ends and control points alike) lies
 * within `tolerance` px of the outline of its bounding box with fully rounded ends; else undefined.
 * Mermaid draws a stadium node through rough.js even in its classic look: about 12 kB of tiny curve
 * segments per node, drawn twice, which one <rect rx> draws the same.
 */
export function stadiumOf(d: string, tolerance = 1): Stadium | undefined {
	if (/[^MCLZmclz\d\s,.eE+-]|[mclz]/.test(d)) return undefined;
	const numbers = (d.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
	if (numbers.length < 16 || numbers.length % 2) return undefined;
	const xs = numbers.filter((_, i) => i % 2 === 0);
	const ys = numbers.filter((_, i) => i % 2 === 1);
	const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const width = right - left;
	const height = bottom - top;
	if (!(width >= height && height > 0)) return undefined;
	const r = height / 2;
	const cy = top + r;
	const [from, to] = [left + r, right - r];
	const fits = xs.every((x, i) => Math.abs(Math.hypot(x - Math.min(Math.max(x, from), to), ys[i]! - cy) - r) <= tolerance);
	return fits ? { x: left, y: top, width, height } : undefined;
}
