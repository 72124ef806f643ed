/**
 * PostgreSQL text values ↔ google.protobuf.Value, both ways, in one place. Results arrive in
 * PostgreSQL's text format (the session pins DateStyle ISO, TimeZone UTC, IntervalStyle
 * iso_8601), so the mapping is a function of the column's type OID and its text:
 *
 *   bool → bool; int2, int4, oid, float4, float8 → number (NaN/±Infinity as strings);
 *   int8, numeric → number when a double keeps the exact value (numbers.ts), else the decimal
 *   string; money → string; json, jsonb → structured value (numbers by the same rule); bytea → base64 string; timestamptz → ISO-8601 with offset
 *   ("Z" for UTC); timestamp → ISO-8601 without offset; date → "YYYY-MM-DD"; interval →
 *   ISO-8601 duration; arrays of these → lists (NULL elements → null); NULL → null; any other
 *   type (text, uuid, enums, ranges, …) → its text.
 *
 * Parameters go the other way as text that PostgreSQL casts to the parameter's type.
 */
import { invalidArgument } from "../../errors";
import type { ListValue__Output } from "../../generated/google/protobuf/ListValue";
import type { Struct, Struct__Output } from "../../generated/google/protobuf/Struct";
import type { Value, Value__Output } from "../../generated/google/protobuf/Value";
import { exactDouble, quoteInexactJsonNumbers } from "./numbers";

// Type OIDs from pg_type.dat; stable across PostgreSQL versions.
const OID = {
  bool: 16,
  bytea: 17,
  int8: 20,
  int2: 21,
  int4: 23,
  oid: 26,
  json: 114,
  float4: 700,
  float8: 701,
  money: 790,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
  interval: 1186,
  numeric: 1700,
  jsonb: 3802,
} as const;

/** Array type OID → element type OID, for the element types with a mapping of their own. */
const ARRAY_ELEMENT: Record<number, number> = {
  1000: OID.bool,
  1001: OID.bytea,
  1016: OID.int8,
  1005: OID.int2,
  1007: OID.int4,
  1028: OID.oid,
  199: OID.json,
  1021: OID.float4,
  1022: OID.float8,
  791: OID.money,
  1182: OID.date,
  1115: OID.timestamp,
  1185: OID.timestamptz,
  1187: OID.interval,
  1231: OID.numeric,
  3807: OID.jsonb,
  // Arrays of types shown as text: text, varchar, bpchar, name, uuid, time, timetz, inet.
  1009: 0,
  1015: 0,
  1014: 0,
  1003: 0,
  2951: 0,
  1183: 0,
  1270: 0,
  1041: 0,
};

export const NULL_VALUE: Value = { nullValue: "NULL_VALUE" };
const str = (s: string): Value => ({ stringValue: s });
const num = (n: number): Value => ({ numberValue: n });

/**
 * How deep a JSON value may nest to travel as a protobuf Value. Protobuf runtimes refuse messages
 * nested deeper than 100 (protobufjs and protoc alike, encoding and decoding), and each JSON level
 * is two (a Value and its Struct or ListValue); the row and the response take a few more.
 */
export const MAX_JSON_DEPTH = 32;

class TooDeep extends Error {}

/** A JSON-compatible JS value as a protobuf Value; throws TooDeep past MAX_JSON_DEPTH. */
export function jsonToValue(x: unknown, depth = 0): Value {
  if (x === null || x === undefined) return NULL_VALUE;
  if (typeof x === "string") return str(x);
  if (typeof x === "number") return Number.isFinite(x) ? num(x) : str(String(x));
  if (typeof x === "boolean") return { boolValue: x };
  if (depth >= MAX_JSON_DEPTH) throw new TooDeep();
  if (Array.isArray(x)) return { listValue: { values: x.map((item) => jsonToValue(item, depth + 1)) } };
  return { structValue: jsonToStruct(x as Record<string, unknown>, depth + 1) };
}

export function jsonToStruct(o: Record<string, unknown>, depth = 0): Struct {
  const fields: Record<string, Value> = {};
  for (const [k, v] of Object.entries(o)) fields[k] = jsonToValue(v, depth);
  return { fields };
}

/** A received Value as plain JSON (for json parameters and Struct values). */
export function valueToJson(v: Value__Output | null | undefined): unknown {
  switch (v?.kind) {
    case undefined:
    case "nullValue":
      return null;
    case "numberValue":
      return v.numberValue;
    case "stringValue":
      return v.stringValue;
    case "boolValue":
      return v.boolValue;
    case "structValue":
      return structToJson(v.structValue);
    case "listValue":
      return (v.listValue?.values ?? []).map(valueToJson);
  }
}

export function structToJson(s: Struct__Output | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s?.fields ?? {})) out[k] = valueToJson(v);
  return out;
}

function numberText(n: number | undefined): string {
  const value = n ?? 0;
  // PostgreSQL spells the non-finite floats this way; "1e+21" and friends parse as numeric/float.
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  return String(value);
}

/**
 * A parameter as PostgreSQL text: null → SQL NULL, numbers and bools as literals, structs as
 * JSON, lists as array literals (`{…}`, for `= ANY($1)` or array columns). Send a JSON array
 * for a json column as a string or wrapped in a struct.
 */
export function paramText(v: Value__Output | null | undefined): string | null {
  switch (v?.kind) {
    case undefined:
    case "nullValue":
      return null;
    case "numberValue":
      return numberText(v.numberValue);
    case "stringValue":
      return v.stringValue ?? "";
    case "boolValue":
      return v.boolValue ? "true" : "false";
    case "structValue":
      return JSON.stringify(structToJson(v.structValue));
    case "listValue":
      return arrayLiteral(v.listValue);
  }
}

function arrayLiteral(list: ListValue__Output | null | undefined): string {
  const items = (list?.values ?? []).map((item) => {
    if (item.kind === "listValue") return arrayLiteral(item.listValue);
    const text = paramText(item);
    return text === null ? "NULL" : `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  });
  return `{${items.join(",")}}`;
}

export function paramTexts(values: readonly (Value__Output | null)[], what = "params"): (string | null)[] {
  if (values.length > 65535) throw invalidArgument(`${what}: at most 65535 parameters`);
  return values.map(paramText);
}

// --- results ------------------------------------------------------------------------------------

/** `2024-01-02 03:04:05.5+05:30` → `2024-01-02T03:04:05.5+05:30`; `+00` → `Z`. BC and infinity stay as text. */
function isoTimestamp(text: string, withZone: boolean): string {
  const m = /^(\d{4,}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?)(?:([+-])(\d\d)(?::?(\d\d))?(?::(\d\d))?)?$/.exec(text);
  if (!m) return text;
  const [, date, time, sign, hh, mm = "00", ss] = m;
  if (!withZone || !sign) return `${date}T${time}`;
  if (ss) return `${date}T${time}${sign}${hh}:${mm}:${ss}`;
  return hh === "00" && mm === "00" ? `${date}T${time}Z` : `${date}T${time}${sign}${hh}:${mm}`;
}

/** int8 and numeric: a number when the double is the same decimal value, else the exact text. */
function decimalValue(text: string): Value {
  const n = exactDouble(text);
  return n === undefined ? str(text) : num(n);
}

function floatValue(text: string): Value {
  const n = Number(text);
  return Number.isFinite(n) ? num(n) : str(text);
}

/** bytea in hex output format (`\x0a1b…`) → base64. */
function byteaValue(text: string): Value {
  if (!text.startsWith("\\x")) return str(text);
  return str(Buffer.from(text.slice(2), "hex").toString("base64"));
}

/**
 * json/jsonb as structured values; as its exact JSON text when it nests deeper than a protobuf
 * Value can (MAX_JSON_DEPTH) or does not parse: the answer can always be encoded, and nothing is lost.
 */
function jsonValue(text: string): Value {
  try {
    return jsonToValue(JSON.parse(quoteInexactJsonNumbers(text)));
  } catch {
    return str(text);
  }
}

/** One non-null cell of the given type. */
export function cellValue(typeOid: number, text: string): Value {
  switch (typeOid) {
    case OID.bool:
      return { boolValue: text === "t" };
    case OID.int2:
    case OID.int4:
    case OID.oid:
      return num(Number(text));
    case OID.int8:
    case OID.numeric:
      return decimalValue(text);
    case OID.float4:
    case OID.float8:
      return floatValue(text);
    case OID.json:
    case OID.jsonb:
      return jsonValue(text);
    case OID.bytea:
      return byteaValue(text);
    case OID.timestamptz:
      return str(isoTimestamp(text, true));
    case OID.timestamp:
      return str(isoTimestamp(text, false));
  }
  const element = ARRAY_ELEMENT[typeOid];
  if (element !== undefined) {
    const parsed = parseArray(text);
    if (parsed !== undefined) return arrayValue(parsed, element);
  }
  return str(text);
}

type ArrayItem = string | null | ArrayItem[];

function arrayValue(items: ArrayItem[], element: number): Value {
  return {
    listValue: {
      values: items.map((item) => {
        if (item === null) return NULL_VALUE;
        if (Array.isArray(item)) return arrayValue(item, element);
        return cellValue(element, item);
      }),
    },
  };
}

/**
 * Parses PostgreSQL's array text (`{1,NULL,"a\"b",{2,3}}`, optionally prefixed by bounds like
 * `[0:1]=`). Undefined when the text is not an array this parser understands.
 */
export function parseArray(text: string): ArrayItem[] | undefined {
  const start = text.startsWith("[") ? text.indexOf("=") + 1 : 0;
  if (text[start] !== "{") return undefined;
  let i = start;
  const parseList = (): ArrayItem[] => {
    const out: ArrayItem[] = [];
    i++; // '{'
    if (text[i] === "}") {
      i++;
      return out;
    }
    for (;;) {
      out.push(parseItem());
      const c = text[i++];
      if (c === "}") return out;
      if (c !== ",") throw new Error("bad array");
    }
  };
  const parseItem = (): ArrayItem => {
    if (text[i] === "{") return parseList();
    if (text[i] === '"') {
      let s = "";
      for (i++; text[i] !== '"'; i++) {
        if (i >= text.length) throw new Error("bad array");
        if (text[i] === "\\") i++;
        s += text[i];
      }
      i++;
      return s;
    }
    let j = i;
    while (j < text.length && text[j] !== "," && text[j] !== "}") j++;
    const raw = text.slice(i, j);
    i = j;
    return raw === "NULL" ? null : raw;
  };
  try {
    const list = parseList();
    return i === text.length ? list : undefined;
  } catch {
    return undefined;
  }
}

export interface Column {
  readonly name: string;
  readonly typeOid: number;
}

/** Result rows as Structs; a later column of the same name wins, as in most drivers. */
export function rowsToStructs(columns: readonly Column[], rows: readonly (string | null)[][]): Struct[] {
  return rows.map((row) => {
    const fields: Record<string, Value> = {};
    columns.forEach((c, i) => {
      const text = row[i];
      fields[c.name] = text === null || text === undefined ? NULL_VALUE : cellValue(c.typeOid, text);
    });
    return { fields };
  });
}
