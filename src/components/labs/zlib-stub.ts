/**
 * Stands in for node:zlib in the browser build of just-bash, which imports it only for its
 * gzip commands. Labs do not use them, and a real zlib would add weight to every lab.
 */
function notAvailable(): never {
	throw new Error('not available in this lab');
}
export const constants = {};
export const gzipSync = notAvailable;
export const gunzipSync = notAvailable;
export const deflateSync = notAvailable;
export const inflateSync = notAvailable;
export const deflateRawSync = notAvailable;
export const inflateRawSync = notAvailable;
export const brotliCompressSync = notAvailable;
export const brotliDecompressSync = notAvailable;
export default {
	constants,
	gzipSync,
	gunzipSync,
	deflateSync,
	inflateSync,
	deflateRawSync,
	inflateRawSync,
	brotliCompressSync,
	brotliDecompressSync,
};
