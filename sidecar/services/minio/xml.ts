/**
 * Reading and writing the few S3 XML documents whose text must survive exactly. The S3 client's
 * parser turns number-like text into numbers (an object key or tag value "007" comes back as 7),
 * so listings, tags and lifecycle rules are read here, as text. S3 answers are flat, well-formed
 * XML; element contents are found by name and entity-decoded.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e]!;
  });
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${Object.keys(ENTITIES).find((k) => ENTITIES[k] === c)};`);
}

/** The raw inner XML of every `<tag>` element (not decoded: it may hold elements). */
export function xmlElements(xml: string, tag: string): string[] {
  const out: string[] = [];
  const pattern = new RegExp(`<${tag}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${tag}>)`, "g");
  for (const match of xml.matchAll(pattern)) out.push(match[1] ?? "");
  return out;
}

/** The decoded text of the first `<tag>` element, or undefined when there is none. */
export function xmlText(xml: string, tag: string): string | undefined {
  const inner = xmlElements(xml, tag)[0];
  return inner === undefined ? undefined : decodeXml(inner);
}

/** Query values escaped as S3's signature canonicalises them (RFC 3986: also `!'()*`). */
export const uriEscape = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** An S3 error carried in a 200 answer (copy, multi-delete): thrown as the S3 client would. */
export function xmlError(xml: string): Error | undefined {
  const body = xmlElements(xml, "Error")[0];
  if (body === undefined || xml.includes("<DeleteResult")) return undefined;
  return Object.assign(new Error(xmlText(body, "Message") ?? "S3 error"), { code: xmlText(body, "Code") ?? "" });
}

/** The whole body of an S3 answer as text. */
export async function readBody(
  res: AsyncIterable<Buffer | string> & { setEncoding(e: "utf8"): unknown },
): Promise<string> {
  let text = "";
  res.setEncoding("utf8");
  for await (const piece of res) text += piece;
  return text;
}
