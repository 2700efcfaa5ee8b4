/**
 * The `obsidian` module of the browser preview (the preview's bundle aliases
 * `obsidian` to this file). Obsidian's DOM helpers (`createDiv`, `createEl`,
 * `setText`, `empty`, `toggleClass`, `activeDocument`…) come from
 * obsidian-test-mocks' `setup()`, the same implementation the renderer's
 * unit tests run against in happy-dom. `setIcon` draws the few Lucide icons
 * the dashboard uses, as SVG elements.
 */
import { setup } from "obsidian-test-mocks/setup";

setup();

/** Lucide's path data (ISC licence) for the icons the dashboard asks for. */
const ICONS: Record<string, readonly string[]> = {
	"chevron-right": ["m9 18 6-6-6-6"],
	"refresh-cw": ["M3 12a9 9 0 0 1 9-9 9.75 9.75 0 0 1 6.74 2.74L21 8", "M21 3v5h-5", "M21 12a9 9 0 0 1-9 9 9.75 9.75 0 0 1-6.74-2.74L3 16", "M8 16H3v5"],
};

/** Draws an icon into `parent`, replacing what was there; an unknown icon draws nothing, as in Obsidian. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	const paths = ICONS[iconId];
	if (!paths) return;
	parent.empty();
	const svg = parent.createSvg("svg", {
		cls: ["svg-icon", `lucide-${iconId}`],
		attr: {
			viewBox: "0 0 24 24",
			width: 24,
			height: 24,
			fill: "none",
			stroke: "currentColor",
			"stroke-width": 2,
			"stroke-linecap": "round",
			"stroke-linejoin": "round",
			"aria-hidden": "true",
		},
	});
	for (const d of paths) svg.createSvg("path", { attr: { d } });
}
