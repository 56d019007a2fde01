/** The journeys in Firefox (ESR) over WebDriver BiDi. */
import { FirefoxEngine, firefoxMissing } from '../../tools/engines/firefox.ts';
import { journeys } from './journeys.ts';

journeys('firefox', (options) => FirefoxEngine.launch(options), { downloadsToFolder: true }, firefoxMissing);
