/**
 * Article text → blocks (the paragraphs as the writer laid them out), for both seed formats.
 * Plain text separates paragraphs with blank lines; Markdown is read by remark-parse, and raw HTML in it is
 * dropped, never passed on: seed text is untrusted and only ever rendered as text.
 */
import type { Nodes, Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";

export interface Block {
  /** The block's text; a plain-text block keeps its line breaks so a headline line can be told apart. */
  text: string;
  /**
   * A Markdown heading can only be a headline or a section title, never a body paragraph with quotes; a caption
   * (a saved page's `<figcaption>`) describes a picture and is never copy.
   */
  kind: "paragraph" | "heading" | "caption";
  depth?: number;
}

export function plainTextBlocks(text: string): Block[] {
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .map((block) => block.replace(/[ \t\u00a0]+$/gm, "").replace(/^\s+|\s+$/g, ""))
    .filter((block) => block !== "")
    .map((block) => ({ text: block, kind: "paragraph" as const }));
}

const markdown = unified().use(remarkParse);

export function markdownBlocks(text: string): Block[] {
  const tree = markdown.parse(text) as Root;
  const blocks: Block[] = [];
  const visit = (node: Nodes) => {
    switch (node.type) {
      case "heading": {
        const t = inlineText(node);
        if (t) blocks.push({ text: t, kind: "heading", depth: node.depth });
        return;
      }
      case "paragraph": {
        const t = inlineText(node);
        if (t) blocks.push({ text: t, kind: "paragraph" });
        return;
      }
      case "code": {
        if (node.value.trim()) blocks.push({ text: node.value.trim(), kind: "paragraph" });
        return;
      }
      case "html":
      case "thematicBreak":
      case "definition":
        return;
      default:
        if ("children" in node) for (const child of node.children as Nodes[]) visit(child);
    }
  };
  visit(tree);
  return blocks;
}

/** The words of an inline run: emphasis and links keep their text, inline HTML is dropped. */
function inlineText(node: Nodes): string {
  const parts: string[] = [];
  // Text between <script>/<style> tags is code, not prose: drop it with the tags.
  let hidden = 0;
  const walk = (n: Nodes) => {
    if (n.type === "html") {
      if (/^<(script|style)\b/i.test(n.value) && !/<\/(script|style)>\s*$/i.test(n.value)) hidden++;
      else if (/^<\/(script|style)\s*>/i.test(n.value)) hidden = Math.max(0, hidden - 1);
      return;
    }
    if (hidden) return;
    if (n.type === "break") parts.push("\n");
    else if (n.type === "text" || n.type === "inlineCode") parts.push(n.value);
    else if (n.type === "image") parts.push(n.alt ?? "");
    else if ("children" in n) for (const child of n.children as Nodes[]) walk(child);
  };
  walk(node);
  return parts.join("").replace(/[ \t]+\n/g, "\n").trim();
}
