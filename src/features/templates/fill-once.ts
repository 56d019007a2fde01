/**
 * "Fill once": what the rep typed for the current buyer (客户姓名, 房号, …), shared by every
 * template page and keyed by field name, so a value typed on one template appears on the others.
 *
 * Where it lives: sessionStorage (gone when the browser closes) unless the rep ticks "keep on
 * this device", which moves it to localStorage. It is never sent anywhere.
 *
 * Data shape under STORE_KEY (JSON):
 *   { "v": 1, "values": { "客户姓名": "张三", "房号": "3-1201" } }
 * Anything else found under the key (older shape, hand-edited, non-string values) is dropped
 * field by field or as a whole, never trusted. Migration: a future shape bumps `v` and the key
 * suffix; version-1 data is then read once, converted, and the old key removed.
 * Every storage call is wrapped: private modes and full quotas throw, and a failed write must not
 * break typing.
 */
import { LIMITS } from '../../model/limits.ts';

/** Storage key; the suffix is the data version. */
export const STORE_KEY = 'sales-playbook:buyer:v1';

/** The field values of the current buyer. */
export type BuyerValues = Record<string, string>;

/** The parts of the Web Storage API used here (lets tests pass a fake). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where the values are kept: the session (default) or the device (opt-in). */
export interface Stores {
	session: StorageLike | null;
	local: StorageLike | null;
}

/** The browser's storages, or null where touching them throws (sandboxed iframes, disabled storage). */
export function browserStores(): Stores {
	const get = (name: 'sessionStorage' | 'localStorage') => {
		try {
			return globalThis[name] ?? null;
		} catch {
			return null;
		}
	};
	return { session: get('sessionStorage'), local: get('localStorage') };
}

/** Keeps only string values under non-empty keys; null when the data is not version-1 shaped. */
export function parseValues(raw: string | null): BuyerValues | null {
	if (!raw) return null;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return null;
	}
	if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== 1) return null;
	const values = (data as { values?: unknown }).values;
	if (typeof values !== 'object' || values === null || Array.isArray(values)) return null;
	const out: BuyerValues = {};
	for (const [k, v] of Object.entries(values)) if (k && typeof v === 'string' && v.length <= LIMITS.fieldValue) out[k] = v;
	return out;
}

function read(store: StorageLike | null): string | null {
	try {
		return store?.getItem(STORE_KEY) ?? null;
	} catch {
		return null;
	}
}

/** The saved values and whether they are kept on the device (localStorage wins when both exist). */
export function loadBuyer(stores: Stores): { values: BuyerValues; keep: boolean } {
	const local = parseValues(read(stores.local));
	if (local) return { values: local, keep: true };
	return { values: parseValues(read(stores.session)) ?? {}, keep: false };
}

/** Saves the values where `keep` says, and removes them from the other store. Never throws. */
export function saveBuyer(stores: Stores, values: BuyerValues, keep: boolean): boolean {
	const kept: BuyerValues = {};
	for (const [k, v] of Object.entries(values)) if (v.trim()) kept[k] = v;
	const [target, other] = keep ? [stores.local, stores.session] : [stores.session, stores.local];
	try {
		other?.removeItem(STORE_KEY);
	} catch {
		/* nothing to remove, or storage disabled */
	}
	try {
		target?.setItem(STORE_KEY, JSON.stringify({ v: 1, values: kept }));
		return Boolean(target);
	} catch {
		return false;
	}
}

/** Removes the buyer's values from both stores. Never throws. */
export function clearBuyer(stores: Stores): void {
	for (const store of [stores.session, stores.local]) {
		try {
			store?.removeItem(STORE_KEY);
		} catch {
			/* storage disabled */
		}
	}
}
