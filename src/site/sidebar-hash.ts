/**
 * Starlight's sidebar identity hash (copied from Starlight 0.42 utils/navigation.ts, which is not
 * exported). Stored sidebar state is only restored when this hash matches, so it must stay equal
 * to Starlight's: tests/unit/sidebar-hash.test.ts compares both.
 */
export interface SidebarEntryLike {
	type: string;
	label: string;
	href?: string;
	entries?: SidebarEntryLike[];
}

function identity(sidebar: SidebarEntryLike[]): string {
	return sidebar.map((entry) => (entry.type === 'group' ? entry.label + identity(entry.entries ?? []) : entry.label + entry.href)).join('');
}

/** Short base-36 hash of the sidebar's labels and links. */
export function sidebarHash(sidebar: SidebarEntryLike[]): string {
	let hash = 0;
	const text = identity(sidebar);
	for (let i = 0; i < text.length; i++) hash = (hash << 5) - hash + text.charCodeAt(i);
	return (hash >>> 0).toString(36).padStart(7, '0');
}
