import { describe, expect, it } from 'vitest';
import { clearBuyer, loadBuyer, parseValues, saveBuyer, STORE_KEY, type StorageLike } from '../../src/features/templates/fill-once.ts';

function memory(): StorageLike & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}
const broken: StorageLike = {
	getItem: () => {
		throw new Error('SecurityError');
	},
	setItem: () => {
		throw new Error('QuotaExceededError');
	},
	removeItem: () => {
		throw new Error('SecurityError');
	},
};

describe('fill-once storage', () => {
	it('keeps values in the session by default and moves them to the device when asked', () => {
		const stores = { session: memory(), local: memory() };
		saveBuyer(stores, { 客户姓名: '张三', 房号: '' }, false);
		expect(JSON.parse(stores.session.data.get(STORE_KEY)!)).toEqual({ v: 1, values: { 客户姓名: '张三' } });
		expect(loadBuyer(stores)).toEqual({ values: { 客户姓名: '张三' }, keep: false });
		saveBuyer(stores, { 客户姓名: '张三' }, true);
		expect(stores.session.data.has(STORE_KEY)).toBe(false);
		expect(loadBuyer(stores)).toEqual({ values: { 客户姓名: '张三' }, keep: true });
	});
	it('clears both stores', () => {
		const stores = { session: memory(), local: memory() };
		saveBuyer(stores, { 客户姓名: '张三' }, true);
		saveBuyer({ session: stores.session, local: null }, { 房号: '1' }, false);
		clearBuyer(stores);
		expect(stores.session.data.size + stores.local.data.size).toBe(0);
		expect(loadBuyer(stores)).toEqual({ values: {}, keep: false });
	});
	it('never throws when storage is disabled or full', () => {
		const stores = { session: broken, local: broken };
		expect(loadBuyer(stores)).toEqual({ values: {}, keep: false });
		expect(saveBuyer(stores, { 客户姓名: '张三' }, false)).toBe(false);
		expect(() => clearBuyer(stores)).not.toThrow();
		expect(loadBuyer({ session: null, local: null })).toEqual({ values: {}, keep: false });
	});
	it('ignores stored data of another shape and drops non-string values', () => {
		expect(parseValues('not json')).toBeNull();
		expect(parseValues('{"values":{"a":"b"}}')).toBeNull();
		expect(parseValues('{"v":2,"values":{"a":"b"}}')).toBeNull();
		expect(parseValues('{"v":1,"values":[1]}')).toBeNull();
		expect(parseValues('{"v":1,"values":{"客户姓名":"李四","房号":3,"x":null}}')).toEqual({ 客户姓名: '李四' });
	});
});
