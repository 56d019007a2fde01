// Serves a build through the shipped nginx config (deploy/nginx-site.mjs) in the foreground, for
// the deployment tests: nginx -c <temp>/nginx.conf with Debian's mime.types, logs and pid in a
// temporary folder, stopped with the process. Usage:
//   node tools/nginx-serve.mjs --dist dist-sales --base /sales/ --port 4501
// `--csp none` sends no Content-Security-Policy (the bench's control site, which is not ours).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { headerCsp, nginxSite } from '../deploy/nginx-site.mjs';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = resolve(arg('dist', 'dist-sales'));
const base = arg('base', '/sales/');
const port = arg('port', '4501');
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find(existsSync) ?? (spawnSync('which', ['nginx']).stdout?.toString().trim() || undefined);
if (!nginx) {
	console.error('没有找到 nginx。Debian/Ubuntu：apt-get install -y nginx（以 root 运行）');
	process.exit(1);
}
const mime = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'].find(existsSync);
const dir = mkdtempSync(join(tmpdir(), 'sales-nginx-'));
const conf = join(dir, 'nginx.conf');
writeFileSync(
	conf,
	`${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    ${mime ? `include ${mime};` : ''}
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
${nginxSite({ dist, base, listen: `127.0.0.1:${port}`, csp: arg('csp') === 'none' ? undefined : headerCsp(dist) })}
}
`,
);
const child = spawn(nginx, ['-e', `${dir}/error.log`, '-c', conf], { stdio: 'inherit' });
const stop = () => {
	child.kill('SIGQUIT');
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
child.on('exit', (code) => {
	rmSync(dir, { recursive: true, force: true });
	process.exit(code ?? 0);
});
console.log(`nginx ${nginx}：http://127.0.0.1:${port}${base} → ${dist}`);
