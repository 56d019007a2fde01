/**
 * The built site served on a free loopback port by the project's own tools/serve-dist.mjs,
 * spawned as a child process (not imported: its location may change independently of this).
 * `stop()` and `start()` again on the same port let the offline journey take the network away.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep } from './driver.ts';

const SERVE = fileURLToPath(new URL('../../tools/serve-dist.mjs', import.meta.url));

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Waits until `url` answers, or throws after `ms`. */
export async function waitForHttp(url: string, ms = 30_000): Promise<void> {
	const end = Date.now() + ms;
	for (;;) {
		try {
			const res = await fetch(url);
			await res.arrayBuffer();
			return;
		} catch (error) {
			if (Date.now() > end) throw new Error(`${url} did not answer within ${ms} ms: ${String(error)}`);
			await sleep(100);
		}
	}
}

export class SiteServer {
	readonly port: number;
	readonly origin: string;
	readonly dir: string;
	private child: ChildProcess | undefined;

	private constructor(port: number, dir: string) {
		this.port = port;
		this.dir = dir;
		this.origin = `http://127.0.0.1:${port}`;
	}

	/** Serves `dir` (default: SALES_OUT_DIR or ./dist) on a free port. */
	static async start(dir = process.env.SALES_OUT_DIR ?? join(process.cwd(), 'dist')): Promise<SiteServer> {
		if (!existsSync(join(dir, 'index.html'))) throw new Error(`没有找到构建结果 ${dir}/index.html：先运行 npm run build。`);
		const server = new SiteServer(await freePort(), dir);
		await server.resume();
		return server;
	}

	/** (Re)starts serving on this server's port. */
	async resume(): Promise<void> {
		if (this.child) return;
		const child = spawn(process.execPath, [SERVE, '--dir', this.dir, '--port', String(this.port)], { stdio: ['ignore', 'ignore', 'inherit'] });
		this.child = child;
		child.on('exit', () => {
			if (this.child === child) this.child = undefined;
		});
		await waitForHttp(`${this.origin}/`);
	}

	/** Stops serving: the site is then unreachable, as with the network off. */
	async stop(): Promise<void> {
		const child = this.child;
		if (!child) return;
		this.child = undefined;
		const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
		child.kill('SIGTERM');
		await Promise.race([exited, sleep(5_000)]);
		// Keep-alive sockets may hold the port briefly; wait until it refuses connections.
		const end = Date.now() + 5_000;
		while (Date.now() < end) {
			try {
				await fetch(`${this.origin}/`, { signal: AbortSignal.timeout(500) });
				await sleep(100);
			} catch {
				return;
			}
		}
	}
}
