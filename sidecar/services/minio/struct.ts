/** google.protobuf.Struct as proto-loader hands it over (`{fields: {k: {kind, ...Value}}}`) ↔ plain JSON. */
import type { Struct, Struct__Output } from "../../generated/google/protobuf/Struct";
import type { Value, Value__Output } from "../../generated/google/protobuf/Value";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const KINDS = ["numberValue", "stringValue", "boolValue", "structValue", "listValue", "nullValue"] as const;

function fromValue(v: Value__Output): Json {
  // Decoded messages name the oneof member in `kind`; values built in process (toStruct) do not.
  switch (v.kind ?? KINDS.find((k) => v[k] !== undefined && v[k] !== null)) {
    case "numberValue":
      return v.numberValue ?? 0;
    case "stringValue":
      return v.stringValue ?? "";
    case "boolValue":
      return v.boolValue ?? false;
    case "structValue":
      return fromStruct(v.structValue);
    case "listValue":
      return (v.listValue?.values ?? []).map(fromValue);
    default:
      return null;
  }
}

export function fromStruct(s: Struct__Output | null | undefined): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(s?.fields ?? {})) out[key] = fromValue(value);
  return out;
}

function toValue(j: Json): Value {
  if (j === null) return { nullValue: "NULL_VALUE" };
  if (typeof j === "number") return { numberValue: j };
  if (typeof j === "string") return { stringValue: j };
  if (typeof j === "boolean") return { boolValue: j };
  if (Array.isArray(j)) return { listValue: { values: j.map(toValue) } };
  return { structValue: toStruct(j) };
}

export function toStruct(j: { [key: string]: Json }): Struct {
  return { fields: Object.fromEntries(Object.entries(j).map(([k, v]) => [k, toValue(v)])) };
}
