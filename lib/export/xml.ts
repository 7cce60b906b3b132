/**
 * A tiny XML writer: every text and attribute value goes through `escapeXml`, so data from a
 * document can never become markup. Characters XML 1.0 forbids (most control characters, lone
 * surrogates) are dropped rather than written, since a feed reader would reject the whole feed.
 */
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Allowed: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, and proper surrogate pairs (U+10000+).
const NOT_XML_CHAR =
  /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\ud800-\udbff\udc00-\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

export type XmlAttributes = Record<string, string | null | undefined>;
/** An element: name, attributes, and children (strings are text, escaped when written). */
export type XmlNode = { name: string; attributes?: XmlAttributes; children?: Array<XmlNode | string | null | undefined> };

export function el(name: string, attributes: XmlAttributes = {}, ...children: Array<XmlNode | string | null | undefined>): XmlNode {
  return { name, attributes, children };
}

const XML_NAME = /^[A-Za-z_][\w.:-]*$/;

export function toXml(node: XmlNode, indent = ''): string {
  if (!XML_NAME.test(node.name)) throw new Error(`not an XML element name: ${node.name}`);
  const attrs = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] != null)
    .map(([k, v]) => {
      if (!XML_NAME.test(k)) throw new Error(`not an XML attribute name: ${k}`);
      return ` ${k}="${escapeXml(v)}"`;
    })
    .join('');
  const children = (node.children ?? []).filter((c): c is XmlNode | string => c != null);
  if (!children.length) return `${indent}<${node.name}${attrs}/>`;
  if (children.every((c) => typeof c === 'string'))
    return `${indent}<${node.name}${attrs}>${children.map((c) => escapeXml(c as string)).join('')}</${node.name}>`;
  const inner = children.map((c) => (typeof c === 'string' ? `${indent}  ${escapeXml(c)}` : toXml(c, `${indent}  `))).join('\n');
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`;
}

export function toXmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${toXml(root)}\n`;
}
