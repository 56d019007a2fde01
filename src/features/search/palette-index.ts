/** Builds the palette's index from content, with pinyin computed at build time. */
import { pinyin } from 'pinyin-pro';
import type { PaletteEntry, EntryKind } from './palette.ts';
import type { PlaybookModel } from '../../model/playbook.ts';

/** Full pinyin and initials of a text; non-Chinese characters are kept, lower-cased. */
export function pinyinOf(text: string): { p: string; i: string } {
	const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
	const first = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
	const clean = (parts: string[]) => parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
	return { p: clean(full), i: clean(first) };
}

export function entry(k: EntryKind, t: string, w: string, h: string): PaletteEntry {
	return { k, t, w, h, ...pinyinOf(t) };
}

export interface IndexInput {
	playbooks: Array<Pick<PlaybookModel, 'title' | 'href' | 'sections'>>;
	templates: Array<{ title: string; href: string; kind: string }>;
	terms: Array<{ term: string; href: string }>;
	pages: Array<{ title: string; href: string }>;
}

/** Every playbook, flow, stage, task, template, term and page, as palette entries. */
export function buildPaletteIndex({ playbooks, templates, terms, pages }: IndexInput): PaletteEntry[] {
	const out: PaletteEntry[] = [];
	for (const page of pages) out.push(entry('页面', page.title, '', page.href));
	for (const pb of playbooks) {
		out.push(entry('流程', pb.title, '', pb.href));
		for (const section of pb.sections) {
			if (section.flow) out.push(entry('流程', section.title, pb.title, section.href));
			for (const stage of section.stages) {
				const where = section.flow ? `${pb.title} › ${section.title}` : pb.title;
				out.push(entry('阶段', stage.title, `${where} › ${stage.ordinal}`, stage.href));
				for (const task of stage.tasks) out.push(entry('任务', task.text, `${where} › ${stage.label}`, stage.href));
			}
		}
	}
	for (const t of templates) out.push(entry('模板', t.title, t.kind === 'sms' ? '短信模板' : '表单', t.href));
	for (const term of terms) out.push(entry('术语', term.term, '术语表', term.href));
	return out;
}
