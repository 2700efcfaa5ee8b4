/**
 * The dashboard model of the vault as it is now, built on demand from the
 * index, and the signals that it changed or that indexing moved on. Views listen for the signal and
 * ask for the model when they are shown; nothing is built for a view that
 * is hidden.
 */
import { type EventRef, Events } from "obsidian";
import { DashboardBuilder, type DashboardRequest } from "../core/analytics/dashboard";
import type { DashboardModel } from "../core/analytics/dashboard-model";
import type { VaultIndex } from "../core/index/vault-index";

const CHANGED = "changed";
const STATUS = "status";

/** The index and what to build its dashboard for. */
export interface DashboardInputs {
	index: VaultIndex;
	request: DashboardRequest;
}

export class DashboardSource extends Events {
	private builder: DashboardBuilder | undefined = undefined;
	private builtFor: VaultIndex | undefined = undefined;
	private cached: { key: string; model: DashboardModel } | undefined = undefined;

	/** @param inputs the current index, day and settings (the model holds no words: the language is the view's) */
	constructor(private readonly inputs: () => DashboardInputs) {
		super();
	}

	/** The dashboard model now (built again only when the index, the day or a setting changed). */
	model(): DashboardModel {
		const { index, request } = this.inputs();
		if (!this.builder || this.builtFor !== index) {
			// A rebuilt index starts a new builder: the old one's cache belongs to the old index.
			this.builder = new DashboardBuilder(index);
			this.builtFor = index;
			this.cached = undefined;
		}
		const key = `${index.version}\u0000${JSON.stringify(request)}`;
		if (this.cached?.key !== key) this.cached = { key, model: this.builder.build(request) };
		return this.cached.model;
	}

	/** Says that the model is out of date (the index or a setting changed). */
	changed(): void {
		this.trigger(CHANGED);
	}

	/** Calls `callback` whenever the model is out of date. */
	onChanged(callback: () => void): EventRef {
		return this.on(CHANGED, callback);
	}

	/** Says that indexing started, moved on or finished. */
	statusChanged(): void {
		this.trigger(STATUS);
	}

	/** Calls `callback` whenever indexing started, moved on or finished. */
	onStatusChanged(callback: () => void): EventRef {
		return this.on(STATUS, callback);
	}
}
