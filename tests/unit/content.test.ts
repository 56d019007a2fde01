/**
 * The six playbooks as content: each parses with the playbook model, has the stages the source
 * has, gives every stage a tickable checklist, draws every stage in its flow's diagram, uses only
 * glossary terms that exist (and the glossary holds no unused term), and carries none of the
 * source's damaged strings.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { diagramsInText, splitFrontmatter } from '../../tools/diagram-inventory.ts';
import { PlaybookSchema, type Playbook } from '../../src/model/schemas/playbook.ts';
import { GlossaryEntrySchema } from '../../src/model/schemas/glossary.ts';
import { contentTemplates, DAMAGED } from '../../tools/content.ts';

const root = process.cwd();
const contentDir = join(root, 'content');
const playbookDir = join(contentDir, 'docs/playbooks');

/** Stage count per playbook; for real-estate, per flow. */
const EXPECTED: Record<string, number | Record<string, number>> = {
	'key-account': 5,
	'market-development': 7,
	'sales-development': 7,
	'real-estate': { reception: 3, subscription: 3, signing: 5, special: 3 },
	'sales-template': 7,
	channel: 5,
};

/** Template ids a stage may name: the files in content/templates. */
const TEMPLATE_IDS = contentTemplates().map((t) => t.id);

interface Loaded {
	slug: string;
	text: string;
	playbook: Playbook;
}

const loaded: Loaded[] = readdirSync(playbookDir)
	.filter((f) => f.endsWith('.mdx'))
	.sort()
	.map((f) => {
		const text = readFileSync(join(playbookDir, f), 'utf8');
		const { frontmatter } = splitFrontmatter(text);
		const fm = frontmatter as { playbook?: unknown };
		return { slug: f.replace(/\.mdx$/, ''), text, playbook: PlaybookSchema.parse(fm.playbook) };
	});

const glossary = yaml.load(readFileSync(join(contentDir, 'glossary/terms.yaml'), 'utf8')) as Array<{ term: string; definition: string }>;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

describe('playbooks', () => {
	it('are exactly the six of the source', () => {
		expect(loaded.map((p) => p.slug).sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	it('have distinct orders', () => {
		const orders = loaded.map((p) => p.playbook.order);
		expect(new Set(orders).size).toBe(orders.length);
	});

	for (const [slug, expected] of Object.entries(EXPECTED)) {
		describe(slug, () => {
			const p = () => loaded.find((l) => l.slug === slug)!.playbook;

			it('has the stages the source has', () => {
				if (typeof expected === 'number') {
					expect(p().flows).toEqual([]);
					expect(p().stages).toHaveLength(expected);
				} else {
					expect(p().flows.map((f) => f.id)).toEqual(Object.keys(expected));
					for (const [flow, count] of Object.entries(expected))
						expect(p().stages.filter((s) => s.flow === flow), `flow ${flow}`).toHaveLength(count);
				}
			});

			it('gives every stage 3–8 tasks, a goal, focus points, keywords and speaker notes', () => {
				for (const stage of p().stages) {
					expect(stage.tasks.length, stage.id).toBeGreaterThanOrEqual(3);
					expect(stage.tasks.length, stage.id).toBeLessThanOrEqual(8);
					expect(stage.focus.length, stage.id).toBeGreaterThan(0);
					expect(stage.keywords.length, stage.id).toBeGreaterThan(0);
					expect(stage.notes, stage.id).toBeTruthy();
				}
			});

			it('names only known templates', () => {
				for (const stage of p().stages) for (const t of stage.templates) expect(TEMPLATE_IDS, `${stage.id}: ${t}`).toContain(t);
			});

			it('draws every stage (and every gate) in its flow’s diagram, with no unknown node', () => {
				const text = loaded.find((l) => l.slug === slug)!.text;
				const diagrams = diagramsInText(slug, text);
				const flows = p().flows.length ? p().flows.map((f) => f.id) : [undefined];
				expect(diagrams.map((d) => d.flow)).toEqual(flows);
				for (const d of diagrams) {
					expect(d.prepared.unknownIds).toEqual([]);
					for (const stage of p().stages.filter((s) => s.flow === d.flow)) {
						expect(d.prepared.nodeIds, `${d.flow ?? slug}: ${stage.id}`).toContain(stage.id);
						if (stage.gate) expect(d.prepared.nodeIds, `${stage.id}-gate`).toContain(`${stage.id}-gate`);
					}
				}
			});
		});
	}
});

describe('real-estate templates', () => {
	it('uses every form and SMS template somewhere', () => {
		const used = new Set(loaded.find((l) => l.slug === 'real-estate')!.playbook.stages.flatMap((s) => s.templates));
		expect([...used].sort()).toEqual([...TEMPLATE_IDS].sort());
	});
	it('does not link templates from the page body (their links come from `templates:`)', () => {
		const body = loaded.find((l) => l.slug === 'real-estate')!.text.split(/\n---\n/).slice(1).join('\n');
		expect(body).not.toMatch(/\]\(\/?templates\//);
	});
});

/**
 * Clauses of the source that the law limits. Wherever a stage or a glossary entry repeats one,
 * it carries a 合规提示 (review items 1–3, 5, 11): the site keeps the source's words but stops
 * presenting them as settled.
 */
const LIMITED = /不予申请退回|不予退回|定金不退|定金自动放弃|注销合同|信用卡|基准利率|定房之日起 ?7 ?日|个人信息|银行流水|征信/;
/** Personal-information handling may instead be covered by the stage's 注意 (caution). */
const PERSONAL = /个人信息|银行流水|征信/;

describe('合规提示', () => {
	for (const { slug, playbook } of loaded)
		for (const stage of playbook.stages) {
			const text = [stage.goal, ...stage.tasks.map((t) => t.text), ...stage.focus, stage.gate?.no ?? ''].join('\n');
			const hit = text.match(LIMITED)?.[0];
			if (!hit || (PERSONAL.test(hit) && stage.caution)) continue;
			it(`${slug} › ${stage.id} repeats “${hit}” and carries a 合规提示`, () => {
				expect(stage.compliance.length).toBeGreaterThan(0);
			});
		}
	it('every glossary entry parses (a 合规提示 there ends with the closing sentence too)', () => {
		for (const g of glossary) expect(GlossaryEntrySchema.safeParse(g).success, g.term).toBe(true);
	});
	it('glossary entries that repeat a limited clause carry a 合规提示', () => {
		const bare = glossary.filter((g) => /不予申请退回|定金自动放弃|注销|信用卡|基准利率/.test(g.definition) && !(g as { compliance?: string[] }).compliance?.length);
		expect(bare.map((g) => g.term)).toEqual([]);
	});
});

describe('glossary', () => {
	const keywords = new Set(loaded.flatMap((l) => l.playbook.stages.flatMap((s) => s.keywords)));
	const terms = glossary.map((g) => g.term);

	it('has one entry per term, each with a definition', () => {
		expect(new Set(terms).size).toBe(terms.length);
		for (const g of glossary) expect(g.definition?.trim(), g.term).toBeTruthy();
	});
	it('has an entry for every keyword', () => {
		expect([...keywords].filter((k) => !terms.includes(k))).toEqual([]);
	});
	it('has no entry that no stage uses', () => {
		expect(terms.filter((t) => !keywords.has(t))).toEqual([]);
	});
});

describe('content', () => {
	it('contains none of the damaged source strings', () => {
		const hits: string[] = [];
		for (const file of walk(contentDir)) {
			const text = readFileSync(file, 'utf8');
			for (const bad of DAMAGED) if (text.includes(bad)) hits.push(`${relative(root, file)}: ${bad}`);
		}
		expect(hits).toEqual([]);
	});
});
