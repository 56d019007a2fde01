import { describe, expect, it } from 'vitest';
import { dropPreloadHelper } from '../../src/site/drop-preload-helper.ts';

const helper = 'import{t as e}from"./preload-helper.DygEbaNj.js";';

describe('dropPreloadHelper (the preload wrapper of lazily loaded chunks)', () => {
	it('calls the import directly and drops the helper import when every wrapper had an empty list', () => {
		const code = `${helper}import{n as t}from"./store.js";let a=await e(async()=>{let{PagefindUI:e}=await import(\`./ui-core.js\`);return{PagefindUI:e}},[]);b.onclick=()=>e(()=>import(\`./dialog.js\`),[]).then(t);`;
		const out = dropPreloadHelper(code);
		expect(out).not.toContain('preload-helper');
		expect(out).toContain('await (async()=>{let{PagefindUI:e}=await import(`./ui-core.js`);return{PagefindUI:e}})()');
		expect(out).toContain('(()=>import(`./dialog.js`))().then(t)');
		expect(out).toContain('import{n as t}from"./store.js"');
	});
	it('keeps the helper where a wrapper still loads CSS with its chunk', () => {
		const code = `${helper}e(()=>import(\`./a.js\`),[]);e(()=>import(\`./b.js\`),["_astro/b.css"]);`;
		const out = dropPreloadHelper(code);
		expect(out).toContain('preload-helper');
		expect(out).toContain('(()=>import(`./a.js`))()');
		expect(out).toContain('e(()=>import(`./b.js`),["_astro/b.css"])');
	});
	it('leaves a local function that shares the minified name alone', () => {
		const code = `${helper}function f(){let e=(x,y)=>x+y.length;return e(1,[])}e(()=>import(\`./a.js\`),[]);`;
		const out = dropPreloadHelper(code);
		expect(out).toContain('return e(1,[])');
		expect(out).not.toContain('preload-helper');
	});
	it('changes nothing in a chunk without the helper', () => {
		const code = 'import{t}from"./x.js";t(()=>import(`./a.js`),[]);';
		expect(dropPreloadHelper(code)).toBe(code);
	});
});
