/** The path segment of the whole study guide (/study-guide/all/), the page the PDF is printed from. */
export const WHOLE_GUIDE = 'all';
