/**
 * A QR code as one SVG path (no canvas, no inline script, nothing for the CSP to allow). Loaded
 * only when the share dialog makes a link: `uqr` stays out of every page's JS before interaction.
 */
import { encode } from 'uqr';

export interface QrShape {
	/** Modules per side, quiet zone included. */
	size: number;
	/** Path data of the dark modules, one unit per module. */
	path: string;
}

/** Quiet zone around the code, in modules (the standard asks for 4). */
export const QUIET = 4;

export function qrShape(text: string): QrShape {
	// Long links need every byte of capacity (L); short ones can afford more error correction.
	const { data, size } = encode(text, { ecc: text.length > 1000 ? 'L' : 'M', border: QUIET });
	let path = '';
	data.forEach((row, y) => {
		let x = 0;
		while (x < size) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < size && row[x]) x++;
			path += `M${start} ${y}h${x - start}v1h${start - x}z`;
		}
	});
	return { size, path };
}
