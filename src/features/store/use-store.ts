/**
 * Preact glue for the page store: re-render on every change, and know when hydrated.
 *
 * Undefined on the server and in the first render in the browser, so hydration meets the same
 * markup the server wrote (issue 15: enhance, don't replace). The store is read in a layout effect:
 * the render with the saved state follows hydration in the same task, before the browser paints.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { pageStore, type Store } from './store.ts';

export function useStore(): Store | undefined {
	const [store, setStore] = useState<Store>();
	const [, setTick] = useState(0);
	useLayoutEffect(() => {
		const s = pageStore();
		setStore(s);
		return s.subscribe(() => setTick((n) => n + 1));
	}, []);
	return store;
}
