import type { BlockContent, ListItem, Paragraph, PhrasingContent, Text } from "mdast";

// Builders for the Markdown syntax trees the content pipeline generates (data blocks, the Markdown export,
// job descriptions). Hand-written: four one-line object literals, which mdast's own types check.

export const text = (value: string): Text => ({ type: "text", value });
export const strong = (value: string): PhrasingContent => ({ type: "strong", children: [text(value)] });
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: "paragraph", children });
export const listItem = (spread: boolean, ...children: BlockContent[]): ListItem => ({ type: "listItem", spread, children });
