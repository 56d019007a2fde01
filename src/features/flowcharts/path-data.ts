/**
 * Mermaid's rough-style shapes come out as SVG path data with 16-digit coordinates and many
 * zero-length curve segments; on a four-flow page that was 200 kB gzip of HTML. Coordinates to
 * 0.1 px and without the empty segments look the same and weigh a third.
 */

function round(value: string): string {
	const n = Math.round(Number(value) * 10) / 10;
	return Object.is(n, -0) ? '0' : String(n);
}

/** Path data with numbers rounded to 0.1 and zero-length "M x y C x y, x y, x y" segments dropped. */
export function compactPathData(d: string): string {
	const rounded = d.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, round);
	const empty = /M\s*(-?[\d.]+)[ ,]+(-?[\d.]+)\s*C\s*\1[ ,]+\2\s*,\s*\1[ ,]+\2\s*,\s*\1[ ,]+\2\s*/g;
	const compact = rounded.replace(empty, '').trim();
	return compact || rounded;
}

/** Numbers in `points` and `transform` values rounded to 0.01 px (Mermaid writes 15 decimals). */
export function roundCoordinates(value: string): string {
	return value.replace(/(\d+\.\d\d)\d+/g, '$1');
}
