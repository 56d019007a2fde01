/**
 * Bad content fails the build, naming the file and the field or line. The four fixture content
 * folders are built in one child process with Astro's build() (tools/build-fixtures.ts), which
 * loads Astro once instead of once per `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import type { FixtureBuild } from '../../tools/build-fixtures.ts';

test.describe.configure({ mode: 'serial', timeout: 600_000 });

const FIXTURES = ['bad-frontmatter', 'bad-diagram', 'unknown-node', 'bad-quiz'];
let builds: Map<string, FixtureBuild>;

test.beforeAll(() => {
	const run = spawnSync('npx', ['node', 'tools/build-fixtures.ts', ...FIXTURES], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	const lines = run.stdout.split('\n').filter((l) => l.startsWith('{'));
	builds = new Map(lines.map((l) => JSON.parse(l) as FixtureBuild).map((b) => [b.fixture, b]));
	expect([...builds.keys()], `fixture builds did not all finish:\n${run.stderr}`).toEqual(FIXTURES);
});

function build(fixture: string) {
	const b = builds.get(fixture)!;
	return { failed: b.failed, output: b.output };
}

test('a wrong frontmatter field fails the build naming the file and the field', () => {
	const { failed, output } = build('bad-frontmatter');
	expect(failed).toBe(true);
	expect(output).toContain('bad-frontmatter/docs/playbooks/broken.mdx');
	expect(output).toContain('playbook.stages.1.tasks.0.id');
});

test('a broken diagram fails the build naming the file and the line', () => {
	const { failed, output } = build('bad-diagram');
	expect(failed).toBe(true);
	expect(output).toMatch(/bad-diagram\/docs\/playbooks\/broken\.mdx:27: 流程图（Mermaid）语法错误/);
});

test('a flowchart node that names no stage fails the build', () => {
	const { failed, output } = build('unknown-node');
	expect(failed).toBe(true);
	expect(output).toContain('unknown-node/docs/playbooks/broken.mdx');
	expect(output).toContain('流程图节点 "close-dael" 不是任何阶段的 id');
	expect(output).toContain('阶段 "close-deal" 没有出现在流程图中');
});

test('a quiz question that names a stage the playbook does not have fails the build naming the file and question', () => {
	const { failed, output } = build('bad-quiz');
	expect(failed).toBe(true);
	expect(output).toContain('bad-quiz/quizzes/key-account.yaml questions[1]（促成成交阶段要安排什么？）：stage "close-dael" 不是本手册的阶段');
});
