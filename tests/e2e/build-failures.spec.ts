/**
 * Bad content fails the build, naming the file and the field or line. Each case builds a small
 * fixture content folder into a temporary output folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

function build(fixture: string) {
	const out = mkdtempSync(join(tmpdir(), 'sales-build-'));
	const result = spawnSync('npx', ['astro', 'build'], {
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			SALES_CONTENT_DIR: `./tests/fixtures/${fixture}`,
			SALES_OUT_DIR: join(out, 'dist'),
			SALES_CACHE_DIR: join(out, 'cache'),
			SALES_DIAGRAM_DIR: join(out, 'diagrams'),
		},
		encoding: 'utf8',
	});
	rmSync(out, { recursive: true, force: true });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test('a wrong frontmatter field fails the build naming the file and the field', () => {
	const { status, output } = build('bad-frontmatter');
	expect(status).not.toBe(0);
	expect(output).toContain('bad-frontmatter/docs/playbooks/broken.mdx');
	expect(output).toContain('playbook.stages.1.tasks.0.id');
});

test('a broken diagram fails the build naming the file and the line', () => {
	const { status, output } = build('bad-diagram');
	expect(status).not.toBe(0);
	expect(output).toMatch(/bad-diagram\/docs\/playbooks\/broken\.mdx:27: 流程图（Mermaid）语法错误/);
});

test('a flowchart node that names no stage fails the build', () => {
	const { status, output } = build('unknown-node');
	expect(status).not.toBe(0);
	expect(output).toContain('unknown-node/docs/playbooks/broken.mdx');
	expect(output).toContain('流程图节点 "close-dael" 不是任何阶段的 id');
	expect(output).toContain('阶段 "close-deal" 没有出现在流程图中');
});

test('a quiz question that names a stage the playbook does not have fails the build naming the file and question', () => {
	const { status, output } = build('bad-quiz');
	expect(status).not.toBe(0);
	expect(output).toContain('bad-quiz/quizzes/key-account.yaml questions[1]（促成成交阶段要安排什么？）：stage "close-dael" 不是本手册的阶段');
});
