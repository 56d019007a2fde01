/** Preact hook around the fill-once store: values of the current buyer, shared by all templates. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browserStores, clearBuyer, loadBuyer, saveBuyer, type BuyerValues } from './fill-once.ts';

/**
 * Values, setters and the keep-on-device choice; `ready` turns true once storage has been read.
 * Blank on the server and in the first render in the browser (hydration meets the server's markup);
 * storage is read in a layout effect, so the saved values fill the same inputs before the browser
 * paints again (issue 15).
 * Every change is written at once, in the event that made it: a write left to an effect after the
 * next render is lost when the user leaves the page straight away (typed, then followed a link).
 */
export function useBuyer() {
	const [values, setValues] = useState<BuyerValues>({});
	const [keep, setKeepState] = useState(false);
	const [ready, setReady] = useState(false);
	// The latest values and choice, for writes made between renders.
	const latest = useRef({ values, keep, ready });

	useLayoutEffect(() => {
		const saved = loadBuyer(browserStores());
		latest.current = { values: saved.values, keep: saved.keep, ready: true };
		setValues(saved.values);
		setKeepState(saved.keep);
		setReady(true);
	}, []);

	const persist = () => {
		const { values: v, keep: k, ready: r } = latest.current;
		if (!r) return; // storage not read yet: never overwrite what is saved with a blank start
		if (Object.values(v).some((x) => x.trim())) saveBuyer(browserStores(), v, k);
		else clearBuyer(browserStores());
	};

	return {
		values,
		keep,
		ready,
		set: (changes: BuyerValues) => {
			const next = { ...latest.current.values, ...changes };
			latest.current = { ...latest.current, values: next };
			setValues(next);
			persist();
		},
		setKeep: (k: boolean) => {
			latest.current = { ...latest.current, keep: k };
			setKeepState(k);
			persist();
		},
		clear: () => {
			latest.current = { ...latest.current, values: {} };
			clearBuyer(browserStores());
			setValues({});
		},
	};
}

export type Buyer = ReturnType<typeof useBuyer>;
