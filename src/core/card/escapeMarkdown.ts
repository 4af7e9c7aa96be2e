// Data text placed in Markdown must stay text: no links, command URIs, HTML, emphasis or block structure.

// Every ASCII punctuation character: CommonMark lets each be backslash-escaped, and escaping them all also defeats
// GFM autolinks (`www.`, `http://`, `a@b.c`), which do not need brackets.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** The text as one line of literal Markdown: whitespace runs (newlines included) become one space. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(ASCII_PUNCTUATION, '\\$&');
}
