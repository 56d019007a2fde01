/**
 * 导入到我的清单: a shared run merged into this browser's saved data with the store's own import
 * merge (transfer.ts): a run already here keeps the newer state per task and gate. What the link
 * left out on purpose never erases what is here: notes (when notes were not included), the
 * customer's name (when an alias was shown) and the 销售代表 (when no name was included).
 */
import { mergeData } from '../store/transfer.ts';
import { emptyData, type StoreData } from '../store/shape.ts';
import type { SharedRun } from './codec.ts';

export interface ImportOutcome {
	data: StoreData;
	/** The run was already in this browser (merged rather than added). */
	existed: boolean;
}

export function importShared(current: StoreData, shared: SharedRun): ImportOutcome {
	const incoming = structuredClone(shared.run);
	const mine = current.runs[incoming.id];
	const data = mergeData(current, { ...emptyData(), runs: { [incoming.id]: incoming }, active: { [incoming.playbook]: incoming.id } });
	if (mine) {
		const merged = data.runs[incoming.id]!;
		const keep = (field: 'name' | 'customer' | 'rep') => {
			if (mine[field] !== undefined) merged[field] = mine[field]!;
			else if (field !== 'name') delete merged[field];
		};
		if (shared.alias) {
			keep('name');
			keep('customer');
		}
		if (!shared.by) keep('rep');
		if (!shared.notes)
			for (const [key, task] of Object.entries(merged.tasks)) {
				const note = mine.tasks[key]?.note;
				if (note && !task.note) merged.tasks[key] = { ...task, note };
			}
	}
	return { data, existed: Boolean(mine) };
}
