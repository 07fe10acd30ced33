import { checkConfig } from '../../lib/labs/config-check';
import type { ConfigRequest, WorkerScope } from './worker-protocol';

const scope = self as unknown as WorkerScope;

/** The config checker (YAML parser and JSON Schema validator) in a worker, loaded on "Start lab". */
scope.onmessage = ({ data }: MessageEvent<ConfigRequest>) => {
	scope.postMessage({ id: data.id, result: checkConfig(data.lab, data.text) });
};
