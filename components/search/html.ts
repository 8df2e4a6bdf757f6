// Parts of the results page written as HTML strings rather than JSX
// (decision 035 for the refine panel, 039 for the result cards): React
// renders every element twice on a server page, as HTML and in the RSC
// payload, and on a results page those elements were most of its CPU.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
/** Text and attribute values, escaped for HTML. */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
