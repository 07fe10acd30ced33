/** Loaded on "Start lab" only: the YAML parser and the JSON Schema validator stay off the page until then. */
export { checkConfig } from '../../lib/labs/config-check';
