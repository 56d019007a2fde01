/**
 * Folder the content comes from: `content/`, or $SALES_CONTENT_DIR (the build-failure tests
 * point it at fixtures). Relative to the project root.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return (env.SALES_CONTENT_DIR ?? './content').replace(/\/+$/, '');
}
