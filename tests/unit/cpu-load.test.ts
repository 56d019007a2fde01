import { describe, expect, it } from 'vitest';
import { cpuShares, parsePidStat, parseProcStat, treeTicks } from '../../tools/cpu-load.ts';

describe('bench CPU readings (tools/cpu-load.ts)', () => {
	it('reads busy and total jiffies from the cpu line of /proc/stat', () => {
		const stat = 'cpu  100 5 50 800 20 3 2 10 0 0\ncpu0 50 2 25 400 10 1 1 5 0 0\nintr 1 2 3\n';
		// busy = user + nice + system + irq + softirq + steal; total adds idle and iowait.
		expect(parseProcStat(stat)).toEqual({ busy: 170, total: 990 });
		expect(parseProcStat('intr 1 2 3\n')).toBeNull();
	});

	it('reads the parent and the CPU jiffies of a process, whatever its name holds', () => {
		// Fields 14–17: utime, stime, and the ended children's cutime, cstime.
		const fields = (name: string) => `4242 (${name}) S 4000 4242 4242 0 -1 4194560 500 0 0 0 30 12 7 1 20 0 1 0 9000 1000 100`;
		expect(parsePidStat(fields('chrome'))).toEqual({ ppid: 4000, ticks: 50 });
		expect(parsePidStat(fields('Web Content (x) y'))).toEqual({ ppid: 4000, ticks: 50 });
	});

	it('sums a process tree and leaves other processes out', () => {
		const processes = new Map([
			[1, { ppid: 0, ticks: 1000 }],
			[10, { ppid: 1, ticks: 5 }], // the bench
			[11, { ppid: 10, ticks: 7 }], // its Chromium
			[12, { ppid: 11, ticks: 30 }], // a renderer
			[20, { ppid: 1, ticks: 400 }], // someone else
		]);
		expect(treeTicks(processes, 10)).toBe(42);
		expect(treeTicks(processes, 99)).toBe(0);
	});

	it('gives the busy share and the share of processes outside the tree', () => {
		const before = { machine: { busy: 1000, total: 5000 }, ours: 200 };
		const after = { machine: { busy: 1150, total: 5200 }, ours: 300 };
		// 200 jiffies passed on all cores: 150 busy, of which 100 were ours.
		expect(cpuShares(before, after)).toEqual({ busy: 0.75, others: 0.25 });
		// Ours can exceed the machine's count a little (readings are not atomic): never below 0.
		expect(cpuShares(before, { ...after, ours: 400 })?.others).toBe(0);
		expect(cpuShares(before, before)).toBeNull();
		expect(cpuShares(null, after)).toBeNull();
	});
});
