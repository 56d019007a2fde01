/** Preact hook around the fill-once store: values of the current buyer, shared by all templates. */
import { useEffect, useState } from 'preact/hooks';
import { browserStores, clearBuyer, loadBuyer, saveBuyer, type BuyerValues } from '../../lib/fill-once.ts';

/** Values, setters and the keep-on-device choice; `ready` turns true once storage has been read. */
export function useBuyer() {
	const [values, setValues] = useState<BuyerValues>({});
	const [keep, setKeep] = useState(false);
	const [ready, setReady] = useState(false);

	useEffect(() => {
		const saved = loadBuyer(browserStores());
		setValues(saved.values);
		setKeep(saved.keep);
		setReady(true);
	}, []);

	useEffect(() => {
		if (!ready) return;
		if (Object.values(values).some((v) => v.trim())) saveBuyer(browserStores(), values, keep);
		else clearBuyer(browserStores());
	}, [values, keep, ready]);

	return {
		values,
		keep,
		ready,
		set: (changes: BuyerValues) => setValues((prev) => ({ ...prev, ...changes })),
		setKeep,
		clear: () => {
			clearBuyer(browserStores());
			setValues({});
		},
	};
}

export type Buyer = ReturnType<typeof useBuyer>;
