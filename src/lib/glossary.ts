/** Glossary derivations: anchors and which stages use each term. Pure. */
import { stageLabel, type StageLike } from './playbook.ts';

/** Fragment id of a term on the glossary page. */
export function termAnchor(term: string): string {
	return `term-${term.replace(/\s+/g, '-')}`;
}

/** URL of a term's entry. */
export function termHref(term: string): string {
	return `/glossary/#${termAnchor(term)}`;
}

export interface TermUse {
	playbookTitle: string;
	href: string;
	stageLabel: string;
}

/** Playbook pages as the usage index reads them. */
export interface PlaybookPage {
	href: string;
	title: string;
	stageNoun?: string;
	/** Flows of a multi-flow page: a use names its flow, since each flow has its own 步骤一. */
	flows?: Array<{ id: string; title: string }>;
	stages: Array<StageLike & { keywords: string[] }>;
}

/** term → the stages that use it, in playbook and stage order. */
export function termUses(pages: PlaybookPage[]): Map<string, TermUse[]> {
	const uses = new Map<string, TermUse[]>();
	for (const page of pages)
		for (const stage of page.stages)
			for (const keyword of stage.keywords) {
				const list = uses.get(keyword) ?? [];
				const flow = page.flows?.find((f) => f.id === stage.flow)?.title;
				const label = stageLabel(page.stages, stage, page.stageNoun);
				list.push({ playbookTitle: page.title, href: `${page.href}#${stage.id}`, stageLabel: flow ? `${flow} › ${label}` : label });
				uses.set(keyword, list);
			}
	return uses;
}

/** Sorts terms the way a Chinese reader expects (by pinyin). */
export function sortTerms<T extends { term: string }>(entries: T[]): T[] {
	const collator = new Intl.Collator('zh-CN');
	return [...entries].sort((a, b) => collator.compare(a.term, b.term));
}
