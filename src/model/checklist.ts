/** The checklist view of a playbook, built from content for the islands. Pure. */
import type { Playbook } from './schemas/playbook.ts';
import type { ChecklistPlaybook } from '../features/checklist/progress.ts';
import { stageLabel } from './stages.ts';

/** "playbooks/key-account" → "key-account". */
export function playbookSlug(entryId: string): string {
	return entryId.replace(/^playbooks\//, '');
}

export function toChecklist(slug: string, title: string, playbook: Playbook): ChecklistPlaybook {
	return {
		slug,
		title,
		stages: playbook.stages.map((s) => ({
			id: s.id,
			label: stageLabel(playbook.stages, s, playbook.stageNoun),
			...(s.flow ? { flow: s.flow } : {}),
			tasks: s.tasks.map((t) => t.id),
			gate: Boolean(s.gate),
		})),
	};
}
