/**
 * Vite wraps every dynamic `import()` of the browser build in its preload helper, even with module
 * preload off, where the wrapper is handed an empty list and does nothing but call the import. The
 * helper is a chunk of its own (0.9 kB gzip) that every page with a lazily loaded dialog fetched
 * before any interaction (issue 15). After the build, each `helper(fn, [])` call becomes `fn()`
 * and the helper's import goes where nothing else uses it. Calls with a non-empty list (CSS to
 * load with the chunk) are left as they are, and so is the import they need.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rolldown/parseAst';

const HELPER_IMPORT = /import\s*\{\s*(\w+)(?:\s+as\s+([\w$]+))?\s*\}\s*from\s*"\.\/preload-helper\.[\w-]+\.js"\s*;?/;

interface Node {
	type: string;
	start: number;
	end: number;
	[key: string]: unknown;
}

function walk(node: unknown, visit: (n: Node) => void) {
	if (Array.isArray(node)) for (const n of node) walk(n, visit);
	else if (node && typeof node === 'object' && typeof (node as Node).type === 'string') {
		visit(node as Node);
		for (const [key, value] of Object.entries(node)) if (key !== 'type' && value && typeof value === 'object') walk(value, visit);
	}
}

/** Whether a node contains a dynamic `import()`. */
function hasImport(node: Node): boolean {
	let found = false;
	walk(node, (n) => {
		if (n.type === 'ImportExpression') found = true;
	});
	return found;
}

/**
 * The chunk's code with every `helper(() => import(…), [])` written as `(() => import(…))()`, and
 * without the helper's import when no wrapper with a non-empty list is left. Unchanged when there
 * is nothing to do. A wrapper is recognised by its shape (the helper's name, a function holding an
 * `import()`, an array), so a local function that happens to share the minified name is not touched.
 */
export function dropPreloadHelper(code: string): string {
	const found = HELPER_IMPORT.exec(code);
	if (!found) return code;
	const name = found[2] ?? found[1]!;
	const empty: Node[] = [];
	let kept = 0;
	walk(parseAst(code), (n) => {
		if (n.type !== 'CallExpression') return;
		const callee = n.callee as Node;
		const args = n.arguments as Node[];
		if (callee.type !== 'Identifier' || callee.name !== name || args.length !== 2) return;
		const [fn, deps] = args as [Node, Node];
		if (deps.type !== 'ArrayExpression' || !hasImport(fn)) return;
		if ((deps.elements as unknown[]).length) kept++;
		else empty.push(n);
	});
	// Wrappers inside wrappers do not occur in Vite's output; if they ever do, the chunk is left alone.
	const calls = empty.sort((a, b) => b.start - a.start);
	if (calls.some((c, i) => i > 0 && c.end > calls[i - 1]!.start)) return code;
	let out = code;
	for (const call of calls) {
		const fn = (call.arguments as Node[])[0]!;
		out = `${out.slice(0, call.start)}(${code.slice(fn.start, fn.end)})()${out.slice(call.end)}`;
	}
	return kept ? out : out.replace(found[0], '');
}

export function preloadHelperDrop(): AstroIntegration {
	return {
		name: 'sales-playbook:drop-preload-helper',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const assets = join(fileURLToPath(dir), '_astro');
				let changed = 0;
				for (const name of readdirSync(assets)) {
					if (!name.endsWith('.js')) continue;
					const file = join(assets, name);
					const code = readFileSync(file, 'utf8');
					const next = dropPreloadHelper(code);
					if (next === code) continue;
					writeFileSync(file, next);
					changed++;
				}
				logger.info(`预加载辅助代码：${changed} 个脚本不再引入`);
			},
		},
	};
}
