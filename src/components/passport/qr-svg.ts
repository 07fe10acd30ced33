import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';
const PIXELS_PER_MODULE = 4;

/**
 * A QR code of `text` as an SVG element built node by node: one path of unit squares for the dark
 * modules on a light square, with a quiet zone, so it scans in either theme and prints. The page
 * may shrink it to fit a narrow screen.
 */
export function qrSvg(text: string, label: string): SVGSVGElement {
	const { data, size } = encode(text, { ecc: 'L', border: 4 });
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
	// Four pixels a module at most zoom levels: what a phone camera needs to read a dense code from a screen.
	svg.setAttribute('width', String(size * PIXELS_PER_MODULE));
	svg.setAttribute('height', String(size * PIXELS_PER_MODULE));
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', label);
	svg.setAttribute('shape-rendering', 'crispEdges');
	const background = document.createElementNS(SVG, 'rect');
	background.setAttribute('width', String(size));
	background.setAttribute('height', String(size));
	background.setAttribute('fill', '#fff');
	const modules = document.createElementNS(SVG, 'path');
	let d = '';
	for (const [y, row] of data.entries()) {
		for (const [x, dark] of row.entries()) if (dark) d += `M${x} ${y}h1v1h-1z`;
	}
	modules.setAttribute('d', d);
	modules.setAttribute('fill', '#000');
	svg.append(background, modules);
	return svg;
}
