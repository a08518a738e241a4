/**
 * An upstream field description as DOM nodes: its text, with each web address in it (“More info:
 * https://kubernetes.io/docs/…”) made a link that opens in a new tab. Built from text nodes and
 * elements, never parsed as HTML, so a description can add no markup of its own.
 */
const ADDRESS = /https?:\/\/[^\s<>"]+/g;

/** An address as written in prose, without the sentence punctuation that follows it. */
function trimAddress(raw: string): string {
  return raw.replace(/[.,;:!?)\]'’”]+$/, '');
}

export function describedText(text: string): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = trimAddress(match[0]);
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      continue;
    }
    out.append(text.slice(at, match.index));
    const a = document.createElement('a');
    a.href = url.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = address;
    out.append(a);
    at = match.index + address.length;
  }
  out.append(text.slice(at));
  return out;
}
