/** The journeys in WebKit (Safari's and iOS's engine): WebKitGTK's MiniBrowser over WebDriver. */
import { WebKitEngine, webkitMissing } from '../../tools/engines/webkit.ts';
import { journeys } from './journeys.ts';

journeys('webkit', (options) => WebKitEngine.launch(options), { downloadsToFolder: true }, webkitMissing);
