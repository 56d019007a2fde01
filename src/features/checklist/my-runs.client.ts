/**
 * 我的清单 without an Astro island: the page's server markup of MyRuns is hydrated here, and the
 * store is read in the same task (use-store.ts, a layout effect), so with this script render-blocking
 * (src/site/before-paint.ts) the saved runs are in the first frame and nothing below them moves.
 */
import { h, hydrate } from 'preact';
import MyRuns from './MyRuns.tsx';

const host = document.querySelector<HTMLElement>('[data-my-runs]');
if (host) hydrate(h(MyRuns, JSON.parse(host.dataset.myRuns!)), host);
