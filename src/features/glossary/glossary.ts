/** Glossary derivations: which stages use each term, and the order of terms. Pure. */
import type { PlaybookModel } from '../../model/playbook.ts';

export interface TermUse {
	playbookTitle: string;
	href: string;
	stageLabel: string;
}

/** term → the stages that use it, in playbook and stage order. */
export function termUses(playbooks: Array<Pick<PlaybookModel, 'title' | 'stages'>>): Map<string, TermUse[]> {
	const uses = new Map<string, TermUse[]>();
	for (const playbook of playbooks)
		for (const stage of playbook.stages)
			for (const keyword of stage.keywords) {
				const list = uses.get(keyword) ?? [];
				// Multi-flow playbooks have a 步骤一 in every flow: name the flow.
				list.push({ playbookTitle: playbook.title, href: stage.href, stageLabel: stage.flowTitle ? `${stage.flowTitle} › ${stage.label}` : stage.label });
				uses.set(keyword, list);
			}
	return uses;
}

/** Sorts terms the way a Chinese reader expects (by pinyin). */
export function sortTerms<T extends { term: string }>(entries: T[]): T[] {
	const collator = new Intl.Collator('zh-CN');
	return [...entries].sort((a, b) => collator.compare(a.term, b.term));
}
