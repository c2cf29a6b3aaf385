/*
 * A Markdown report is read on code-hosting sites, and GitHub turns bare
 * URLs, `www.` names and e-mail addresses in text into live links, twice
 * over: once while parsing the Markdown, and once more on the HTML it made
 * (where a character reference such as `&#58;` has become a plain `:` again,
 * and where the text of raw HTML blocks is linked too). An article must not
 * put a link in our report, so every trigger in text is split by an empty
 * element, which survives both passes, is allowed by GitHub's sanitiser,
 * shows nothing and adds no character to the text a reader copies:
 * `https:<span></span>//…`, `w<span></span>ww.…`, `name@<span></span>host`.
 */

const BREAK = '<span></span>';
/** "://", "www." (any case) and an @ before a word character: the places a GFM or HTML autolinker starts. */
const TRIGGER = /:(?=\/\/)|[wW](?=[wW]{2}\.)|@(?=[\p{L}\p{N}_])/gu;

/**
 * Markdown or HTML with the autolink triggers of its text broken. Tags (and
 * so attribute values) are left as they are: the text must already be
 * escaped, so that every `<` starts one of our tags.
 */
export function withoutAutolinks(markup: string): string {
  return markup
    .split(/(<[^>]*>)/u)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(TRIGGER, (c) => `${c}${BREAK}`)))
    .join('');
}
