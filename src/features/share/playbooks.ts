/** What the share view and the team board need of each playbook, built at page build time. */
import { checklistView, type ChecklistPlaybook, type ChecklistStage, type PlaybookModel } from '../../model/playbook.ts';

export interface ShareStage extends ChecklistStage {
	/** Task texts, in the order of `tasks`. */
	texts: string[];
	question?: string;
	flowTitle?: string;
}
export interface SharePlaybook extends ChecklistPlaybook {
	href: string;
	stages: ShareStage[];
}

export function sharePlaybook(pb: PlaybookModel): SharePlaybook {
	const view = checklistView(pb);
	return {
		...view,
		href: pb.href,
		stages: view.stages.map((s, i) => {
			const m = pb.stages[i]!;
			return { ...s, texts: m.tasks.map((t) => t.text), ...(m.gate ? { question: m.gate.question } : {}), ...(m.flowTitle ? { flowTitle: m.flowTitle } : {}) };
		}),
	};
}
