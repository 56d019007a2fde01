import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { FAVICON, svgDataUrl } from '../../src/features/ui/favicon.ts';

describe('favicon', () => {
	test('is the icon file itself, as a data: URL a double-quoted attribute can hold', () => {
		const file = readFileSync(new URL('../../src/features/ui/favicon.svg', import.meta.url), 'utf8');
		expect(FAVICON.type).toBe('image/svg+xml');
		expect(FAVICON.href.startsWith('data:image/svg+xml,')).toBe(true);
		expect(FAVICON.href).not.toMatch(/["<>#\s]/);
		expect(decodeURIComponent(FAVICON.href.slice('data:image/svg+xml,'.length))).toBe(file.trim().replace(/\s+/g, ' ').replace(/"/g, "'"));
	});

	test('escapes % and # so the SVG survives as written', () => {
		const href = svgDataUrl('<svg>\n  <rect fill="#fff" width="50%"/>\n</svg>');
		expect(href).toBe("data:image/svg+xml,%3Csvg%3E%20%3Crect%20fill='%23fff'%20width='50%25'/%3E%20%3C/svg%3E");
		expect(decodeURIComponent(href.slice(19))).toBe("<svg> <rect fill='#fff' width='50%'/> </svg>");
	});
});
