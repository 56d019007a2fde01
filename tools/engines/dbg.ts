import { FirefoxEngine } from './firefox.ts';
import { SiteServer } from './server.ts';
const server = await SiteServer.start();
const probe = () => { const el = document.getElementById(location.hash.slice(1)); return { t: Math.round(performance.now()), top: el ? Math.round(el.getBoundingClientRect().top) : null, y: Math.round(scrollY), h: document.documentElement.scrollHeight, ssr: document.querySelectorAll('astro-island[ssr]').length, fonts: document.fonts.status, rs: document.readyState }; };
const e = await FirefoxEngine.launch({ origin: server.origin, downloads: '/tmp/shots' });
try {
  const t = await e.newTab();
  for (const how of ['goto', 'href']) {
    await t.goto('/');
    if (how === 'goto') await t.goto('/playbooks/real-estate/#signing');
    else { await t.run(() => { setTimeout(() => { location.href = '/playbooks/real-estate/#signing'; }, 10); }); await new Promise((r) => setTimeout(r, 300)); }
    for (let i = 0; i < 12; i++) { try { console.log(how, JSON.stringify(await t.run(probe))); } catch (err) { console.log(how, 'err', String(err).slice(0, 80)); } await new Promise((r) => setTimeout(r, 250)); }
  }
} finally { await e.close(); await server.stop(); }
