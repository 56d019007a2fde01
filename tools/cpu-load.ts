/**
 * How busy the machine is, from Linux's /proc, for the bench (tools/lighthouse.ts): the CPU time of
 * the whole machine and of this process's tree (this Node process and every process it started,
 * with the children that have already ended, so a Chromium launched for one run counts until it is
 * killed), to tell the share of CPU other processes took while a page was measured. Elsewhere than
 * Linux every reading is null and the bench prints no figure.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Jiffies of the whole machine since boot: busy (user, nice, system, irq, softirq, steal) and total. */
export interface MachineTicks {
	busy: number;
	total: number;
}

/** The `cpu` line of /proc/stat as busy and total jiffies. */
export function parseProcStat(stat: string): MachineTicks | null {
	const line = /^cpu\s+([\d\s]+)$/m.exec(stat)?.[1];
	if (!line) return null;
	const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).map(Number);
	const busy = user + nice + system + irq + softirq + steal;
	return { busy, total: busy + idle + iowait };
}

/** A process's parent and its CPU jiffies (own user + system, and its ended children's) from /proc/<pid>/stat. */
export function parsePidStat(stat: string): { ppid: number; ticks: number } | null {
	// The command name, in parentheses, may itself hold spaces and parentheses: fields follow the last ')'.
	const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// rest[0] is field 3 (state); ppid is field 4, utime..cstime are fields 14–17.
	const ppid = Number(rest[1]);
	const ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(rest[i]), 0);
	return Number.isFinite(ppid) && Number.isFinite(ticks) ? { ppid, ticks } : null;
}

/** Jiffies spent by process `root` and all its descendants (with their ended, reaped children). */
export function treeTicks(processes: ReadonlyMap<number, { ppid: number; ticks: number }>, root: number): number {
	const children = new Map<number, number[]>();
	for (const [pid, { ppid }] of processes) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	let sum = 0;
	const queue = [root];
	while (queue.length) {
		const pid = queue.pop()!;
		sum += processes.get(pid)?.ticks ?? 0;
		queue.push(...(children.get(pid) ?? []));
	}
	return sum;
}

function read(path: string): string | null {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null;
	}
}

/** One reading: the machine's jiffies and this process tree's. */
export interface CpuReading {
	machine: MachineTicks;
	ours: number;
}

export function cpuReading(): CpuReading | null {
	const machine = parseProcStat(read('/proc/stat') ?? '');
	if (!machine) return null;
	const processes = new Map<number, { ppid: number; ticks: number }>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const parsed = parsePidStat(read(`/proc/${name}/stat`) ?? '');
		if (parsed) processes.set(Number(name), parsed);
	}
	return { machine, ours: treeTicks(processes, process.pid) };
}

/**
 * Between two readings: the share of the machine's CPU capacity (all cores) that was busy, and the
 * share taken by processes outside this tree. Null without readings or time between them.
 */
export function cpuShares(before: CpuReading | null, after: CpuReading | null): { busy: number; others: number } | null {
	if (!before || !after) return null;
	const total = after.machine.total - before.machine.total;
	if (total <= 0) return null;
	const busy = after.machine.busy - before.machine.busy;
	const ours = after.ours - before.ours;
	return { busy: busy / total, others: Math.max(0, busy - ours) / total };
}
