/** Derived facts about templates: URLs, includes resolved, fields in reading order. Pure; no Astro. */
import { fieldsIn } from './template-text.ts';
import type { Block, Field, Template } from './schemas/template.ts';

/** Template ids are their file names under content/templates/. */
export interface TemplateEntry {
	id: string;
	data: Template;
}

/** A block after includes are resolved. */
export type ResolvedBlock = Exclude<Block, { type: 'include' }>;

/** Templates in page order: SMS first, then forms, each by `order`. */
export function sortTemplates<T extends TemplateEntry>(entries: T[]): T[] {
	return [...entries].sort((a, b) => (a.data.kind === b.data.kind ? a.data.order - b.data.order : a.data.kind === 'sms' ? -1 : 1));
}

/**
 * A form's blocks with each `include` replaced by the named block of the other template, and the
 * fields those blocks use added from that template. Throws with the template id when an include
 * names nothing, so the build fails at the broken reference.
 */
export function resolvePaper(entry: TemplateEntry, all: TemplateEntry[]): { blocks: ResolvedBlock[]; fields: Field[] } {
	const fields = [...entry.data.fields];
	const blocks: ResolvedBlock[] = [];
	for (const block of entry.data.paper?.blocks ?? []) {
		if (block.type !== 'include') {
			blocks.push(block);
			continue;
		}
		const source = all.find((e) => e.id === block.template);
		const found = source?.data.paper?.blocks.find((b) => b.type === 'list' && b.id === block.block);
		if (!source || !found || found.type !== 'list')
			throw new Error(`模板 ${entry.id}：include 找不到 ${block.template} 中 id 为 "${block.block}" 的列表`);
		blocks.push(found);
		for (const name of found.items.flatMap(fieldsIn)) {
			const field = source.data.fields.find((f) => f.name === name);
			if (field && !fields.some((f) => f.name === name)) fields.push(field);
		}
	}
	return { blocks, fields };
}
