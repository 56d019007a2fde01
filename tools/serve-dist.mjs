// A small static server for the built site, used by the end-to-end tests (several checkouts
// can serve side by side; `astro preview` allows one server per project).
// Usage: node tools/serve-dist.mjs [--dir dist] [--port 4321]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const root = resolve(arg('dir', process.env.SALES_OUT_DIR ?? 'dist'));
const port = Number(arg('port', process.env.SALES_PORT ?? 4321));
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

if (!existsSync(join(root, 'index.html'))) {
	console.error(`没有找到构建结果 ${root}/index.html，请先运行 npm run build。`);
	process.exit(1);
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path;
	try {
		path = normalize(join(root, decodeURIComponent(url.pathname)));
	} catch {
		res.writeHead(400).end();
		return;
	}
	if (!path.startsWith(root)) {
		res.writeHead(403).end();
		return;
	}
	if (existsSync(path) && statSync(path).isDirectory()) {
		if (!url.pathname.endsWith('/')) {
			res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		path = join(path, 'index.html');
	}
	const found = existsSync(path) && statSync(path).isFile();
	const file = found ? path : join(root, '404.html');
	res.writeHead(found ? 200 : 404, {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		'cache-control': 'no-cache',
	});
	createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
