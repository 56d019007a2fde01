/** The site's name: Starlight's title, the standalone pages' <title>, the deck, export files. */
export const SITE_TITLE = '销售流程手册';
