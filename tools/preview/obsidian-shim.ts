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
	"alarm-clock": ["M20 13a8 8 0 1 1-16 0 8 8 0 0 1 16 0", "M12 9v4l2 2", "M5 3 2 6", "m22 6-3-3"],
	"trending-down": ["M16 17h6v-6", "m22 17-8.5-8.5-5 5L2 7"],
	repeat: ["m17 2 4 4-4 4", "M3 11v-1a4 4 0 0 1 4-4h14", "m7 22-4-4 4-4", "M21 13v1a4 4 0 0 1-4 4H3"],
	megaphone: ["m3 11 18-5v12L3 14v-3z", "M11.6 16.8a3 3 0 1 1-5.8-1.6"],
	user: ["M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2", "M16 7a4 4 0 1 1-8 0 4 4 0 0 1 8 0"],
	calendar: ["M8 2v4", "M16 2v4", "M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z", "M3 10h18"],
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
