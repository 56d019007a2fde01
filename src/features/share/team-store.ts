/** The team board in this browser's storage, under its own key (never the rep's store). */
import { emptyTeam, readTeam, TEAM_BACKUP_KEY, TEAM_KEY, type TeamData, type TeamRead } from './team.ts';

function storage(): Storage | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/** Reads the board; an unreadable one is backed up and replaced by an empty board, with a notice. */
export function loadTeam(): TeamRead {
	const s = storage();
	if (!s) return { data: emptyTeam(), notice: '浏览器不允许使用本地存储（例如隐私模式），看板只保存在当前页面中，关闭后会丢失。' };
	let text: string | null;
	try {
		text = s.getItem(TEAM_KEY);
	} catch {
		return { data: emptyTeam(), notice: '浏览器不允许读取本地存储，看板只保存在当前页面中。' };
	}
	const read = readTeam(text);
	if (read.reset && text !== null) {
		try {
			s.setItem(TEAM_BACKUP_KEY, text);
			s.setItem(TEAM_KEY, JSON.stringify(read.data));
		} catch {
			// The notice still tells the manager; the board works in memory.
		}
	}
	return read;
}

/** Saves the board; false when the browser refused (full or blocked storage). */
export function saveTeam(data: TeamData): boolean {
	try {
		storage()?.setItem(TEAM_KEY, JSON.stringify(data));
		return Boolean(storage());
	} catch {
		return false;
	}
}
