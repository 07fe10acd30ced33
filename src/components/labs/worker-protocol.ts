import type { ConfigLab, ShellLab } from '../../schemas/lab';

/** Messages the lab element sends its workers; each reply carries the request's id. */
export type ShellRequest = { id: number } & ({ type: 'start'; lab: ShellLab; passed: string[] } | { type: 'run'; line: string });
export type ConfigRequest = { id: number; lab: Pick<ConfigLab, 'format' | 'tasks'>; text: string };

/** The worker side of the page's DOM typings, which describe `self` as a window. */
export interface WorkerScope {
	onmessage: ((event: MessageEvent) => void) | null;
	postMessage(message: unknown): void;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** A worker driven by request and reply, one reply per request. */
export class WorkerClient<Request extends { id: number }> {
	#worker: Worker;
	#next = 0;
	#pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

	constructor(worker: Worker) {
		this.#worker = worker;
		worker.onmessage = ({ data }: MessageEvent<{ id: number; result?: unknown }>) => {
			this.#pending.get(data.id)?.resolve(data.result);
			this.#pending.delete(data.id);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			for (const { reject } of this.#pending.values()) reject(new Error(event.message || 'the lab worker failed'));
			this.#pending.clear();
		};
	}

	call<Result>(request: WithoutId<Request>): Promise<Result> {
		const id = ++this.#next;
		return new Promise<Result>((resolve, reject) => {
			this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
			this.#worker.postMessage({ ...request, id });
		});
	}
}
