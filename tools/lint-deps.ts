/**
 * Runs dependency-cruiser with the layer rules in .dependency-cruiser.cjs over src/ and tools/,
 * .astro components included. dependency-cruiser cannot read .astro files, so they are mirrored
 * first: each `X.astro` becomes `X.astro.ts` holding its frontmatter and its bundled <script>
 * blocks (imports keep their specifiers, and `./X.astro` resolves to the mirror through the `.ts`
 * extension). Usage: node tools/lint-deps.ts
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = process.cwd();
const mirror = join(root, '.lint-deps');

/** The TypeScript of an .astro file: its frontmatter and the bodies of its processed <script> tags. */
export function astroToTs(source: string): string {
	const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
	const scripts = [...source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bis:inline\b|\bsrc=/.test(m[1]!)).map((m) => m[2]!);
	return [front, ...scripts].join('\n');
}

rmSync(mirror, { recursive: true, force: true });
for (const dir of ['src', 'tools']) cpSync(join(root, dir), join(mirror, dir), { recursive: true, filter: (src) => !src.endsWith('.astro') });
for (const file of readdirSync(join(root, 'src'), { recursive: true }).map(String).filter((f) => f.endsWith('.astro'))) {
	const target = join(mirror, 'src', `${file}.ts`);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, astroToTs(readFileSync(join(root, 'src', file), 'utf8')));
}
for (const f of ['tsconfig.json', '.dependency-cruiser.cjs', 'astro.config.ts']) cpSync(join(root, f), join(mirror, f));

const bin = join(root, 'node_modules/.bin/depcruise');
const run = spawnSync(bin, ['src', 'tools', 'astro.config.ts', '--config', '.dependency-cruiser.cjs'], { cwd: mirror, encoding: 'utf8' });
process.stdout.write((run.stdout + run.stderr).replace(/\.astro\.ts\b/g, '.astro'));
process.exit(run.status ?? 1);
