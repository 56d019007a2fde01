/**
 * Read-only access to the saved data, for the print sheets. Kept out of store.ts so that the
 * playbook pages, which load the store before any interaction, do not carry it.
 */
import { readDocument, STORAGE_KEY, type StoreData } from './shape.ts';
import type { StorageLike } from './store.ts';

/** What a read-only page (the print sheets) found in this browser's saved data. */
export interface SavedView {
	data: StoreData | undefined;
	/** Why nothing (or not everything) could be read, in words for the user; absent when all is well. */
	problem?: string;
}

/**
 * Reads the saved data without ever writing or throwing: for pages that only show it. Repairs
 * (backups, resets) are left to the pages with the full store, which the problem text names.
 */
export function readSaved(storage?: Pick<StorageLike, 'getItem'> | null): SavedView {
	let text: string | null;
	try {
		// Not defaultStorage(): its write probe fails on a full quota, where reading still works.
		const from = storage === undefined ? globalThis.localStorage : storage;
		if (!from) throw new Error('unavailable');
		text = from.getItem(STORAGE_KEY);
	} catch {
		return { data: undefined, problem: '本机浏览器不允许读取保存的数据（可能处于无痕模式或禁用了存储）。' };
	}
	const read = readDocument(text);
	switch (read.kind) {
		case 'empty':
			return { data: undefined };
		case 'ok':
			return read.dropped + read.droppedCourse
				? { data: read.data, problem: `保存的数据中有 ${read.dropped + read.droppedCourse} 项无法识别，未显示。` }
				: { data: read.data };
		case 'corrupt':
			return { data: undefined, problem: `保存的数据无法读取（${read.reason}）。打开“我的清单”页面可查看提示并恢复。` };
		case 'newer':
			return { data: undefined, problem: `保存的数据来自更新版本的手册（版本 ${read.version}），请刷新页面后再试。` };
	}
}
