import type { ContentProblem } from "./problems";

/**
 * Characters that tell a file was not saved as UTF-8: U+FFFD, which stands in for every byte that is not
 * UTF-8 text (a chapter saved as Windows-1252 shows "caf�" on the page), and NUL, which no text holds (a file
 * saved as UTF-16 is full of them). Read from the file as written, code included, one problem a line, at the
 * first such character.
 */
export function unreadableCharacters(file: string, source: string): ContentProblem[] {
  return source.split("\n").flatMap((text, index): ContentProblem[] => {
    const at = text.search(/[\uFFFD\0]/);
    if (at < 0) return [];
    const [start, end] = [Math.max(0, at - 25), Math.min(text.length, at + 25)];
    const around = `${start > 0 ? "…" : ""}${text.slice(start, end).replaceAll("\0", "").trim()}${end < text.length ? "…" : ""}`;
    const message =
      text[at] === "\0"
        ? "this line holds a NUL character (U+0000), which is not text: the file is not saved as UTF-8"
        : `"${around}" holds � (U+FFFD), a character that could not be read: the file is not saved as UTF-8`;
    return [{ file, line: index + 1, column: at + 1, message, hint: "save the file as UTF-8" }];
  });
}
