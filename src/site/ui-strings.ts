/**
 * Loads Starlight's UI-string overrides from `<content>/i18n/<lang>.json` (content/i18n/zh-CN.json).
 *
 * Starlight's own i18nLoader() reads src/content/i18n/ and keys each file by its path relative to
 * that folder; this project keeps its content under content/ (see content-dir.ts), and a glob()
 * loader there would key zh-CN.json as "content/i18n/zh-CN", which Starlight would not match to
 * the zh-CN locale. So each file is stored with its language tag as the id and no file path, the
 * form Starlight's translation lookup reads (id → lang), and is validated by i18nSchema() in
 * content.config.ts like any Starlight i18n entry.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';

export function uiStringsLoader(dir: string): Loader {
	return {
		name: 'sales-playbook-ui-strings',
		load: async ({ store, parseData, generateDigest, watcher, logger }) => {
			const folder = resolve(dir);
			const sync = async () => {
				store.clear();
				const files = (await readdir(folder).catch(() => [] as string[])).filter((f) => f.endsWith('.json') && !f.startsWith('_'));
				for (const file of files) {
					const id = file.replace(/\.json$/, '');
					const text = await readFile(join(folder, file), 'utf8');
					let raw: Record<string, unknown>;
					try {
						raw = JSON.parse(text);
					} catch (error) {
						throw new Error(`${join(dir, file)}：不是有效的 JSON（${(error as Error).message}）`);
					}
					const data = await parseData({ id, data: raw });
					store.set({ id, data, digest: generateDigest(text) });
				}
				logger.info(`界面文字：${files.length} 个语言文件`);
			};
			await sync();
			watcher?.add(folder);
			watcher?.on('change', (path) => {
				if (resolve(path).startsWith(folder)) void sync();
			});
		},
	};
}

/**
 * The same files for the Markdown pipeline: Starlight adds the heading anchors ("链接到“…”一节")
 * while it compiles Markdown, with strings it reads from src/content/i18n/ on disk, not from the
 * collection. A Starlight plugin's injected translations reach both that pipeline and the pages;
 * the collection above still validates the files with i18nSchema().
 */
export function uiStringsPlugin(dir: string) {
	return {
		name: 'sales-playbook-ui-strings',
		hooks: {
			'i18n:setup': async ({ injectTranslations }: { injectTranslations: (t: Record<string, Record<string, string>>) => void }) => {
				const folder = resolve(dir);
				const files = (await readdir(folder).catch(() => [] as string[])).filter((f) => f.endsWith('.json') && !f.startsWith('_'));
				const all: Record<string, Record<string, string>> = {};
				for (const file of files) all[file.replace(/\.json$/, '')] = JSON.parse(await readFile(join(folder, file), 'utf8'));
				injectTranslations(all);
			},
			'config:setup': () => {},
		},
	};
}
