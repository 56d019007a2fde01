/** Preact glue for the page store: re-render on every change, and know when hydrated. */
import { useEffect, useState } from 'preact/hooks';
import { pageStore, type Store } from './store.ts';

export function useStore(): Store | undefined {
	const [store, setStore] = useState<Store>();
	const [, setTick] = useState(0);
	useEffect(() => {
		const s = pageStore();
		setStore(s);
		return s.subscribe(() => setTick((n) => n + 1));
	}, []);
	return store;
}
