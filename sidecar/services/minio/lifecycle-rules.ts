/**
 * Lifecycle rules between the API's shape (id, status, and Structs for filter, expiration and
 * transition) and S3's LifecycleConfiguration XML, as pure functions.
 *
 * Struct fields (snake_case or camelCase):
 *   filter:     { prefix?: string, tags?: { key: value } }
 *   expiration: { days: n } | { date: "YYYY-MM-DD" } | { expired_object_delete_marker: true }
 *   transition: { days: n } | { date: "YYYY-MM-DD" }, plus { storage_class: "GLACIER" }
 */
import { invalidArgument } from "../../errors";
import type { LifecycleRule, LifecycleRule__Output } from "../../generated/isa/minio/LifecycleRule";
import { fromStruct, type Json, toStruct } from "./struct";
import { escapeXml, xmlElements, xmlText } from "./xml";

const MAX_RULES = 1000;

type Fields = { [key: string]: Json };

/** Struct keys compared without case or underscores, so `storage_class`, `storageClass` and `StorageClass` agree. */
function fields(struct: Fields, allowed: string[], what: string): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const [key, value] of Object.entries(struct)) {
    const name = key.replace(/_/g, "").toLowerCase();
    if (!allowed.includes(name))
      throw invalidArgument(`${what}: unknown field "${key}" (known: ${allowed.join(", ")})`);
    out.set(name, value);
  }
  return out;
}

const el = (tag: string, text: string) => `<${tag}>${escapeXml(text)}</${tag}>`;

function days(value: Json, what: string): string {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1)
    throw invalidArgument(`${what} must be a whole number of days, at least 1`);
  return el("Days", String(value));
}

function date(value: Json, what: string): string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalidArgument(`${what} must be a date YYYY-MM-DD`);
  }
  return el("Date", `${value}T00:00:00.000Z`);
}

/** Days or a date (exactly one), as XML. */
function when(f: Map<string, Json>, what: string): string {
  if (f.has("days") === f.has("date")) throw invalidArgument(`${what} needs either days or date`);
  return f.has("days") ? days(f.get("days")!, `${what}.days`) : date(f.get("date")!, `${what}.date`);
}

function filterXml(struct: Fields, what: string): string {
  const f = fields(struct, ["prefix", "tags"], what);
  const prefix = f.get("prefix") ?? "";
  if (typeof prefix !== "string") throw invalidArgument(`${what}.prefix must be a string`);
  const tagsValue = f.get("tags") ?? {};
  if (typeof tagsValue !== "object" || tagsValue === null || Array.isArray(tagsValue))
    throw invalidArgument(`${what}.tags must be an object`);
  const tags = Object.entries(tagsValue).map(([k, v]) => {
    if (typeof v !== "string") throw invalidArgument(`${what}.tags.${k} must be a string`);
    return `<Tag>${el("Key", k)}${el("Value", v)}</Tag>`;
  });
  if (tags.length === 0) return `<Filter>${el("Prefix", prefix)}</Filter>`;
  if (tags.length === 1 && prefix === "") return `<Filter>${tags[0]}</Filter>`;
  return `<Filter><And>${prefix === "" ? "" : el("Prefix", prefix)}${tags.join("")}</And></Filter>`;
}

function expirationXml(struct: Fields, what: string): string {
  const f = fields(struct, ["days", "date", "expiredobjectdeletemarker"], what);
  if (f.has("expiredobjectdeletemarker")) {
    if (f.size > 1 || typeof f.get("expiredobjectdeletemarker") !== "boolean") {
      throw invalidArgument(`${what}.expired_object_delete_marker is a boolean, alone`);
    }
    return `<Expiration>${el("ExpiredObjectDeleteMarker", String(f.get("expiredobjectdeletemarker")))}</Expiration>`;
  }
  return `<Expiration>${when(f, what)}</Expiration>`;
}

function transitionXml(struct: Fields, what: string): string {
  const f = fields(struct, ["days", "date", "storageclass"], what);
  const storageClass = f.get("storageclass");
  if (typeof storageClass !== "string" || !/^[A-Z_]{1,64}$/.test(storageClass)) {
    throw invalidArgument(`${what}.storage_class must name a storage class (e.g. GLACIER)`);
  }
  return `<Transition>${when(f, what)}${el("StorageClass", storageClass)}</Transition>`;
}

function ruleXml(rule: LifecycleRule__Output, i: number, ids: Set<string>): string {
  const what = `rules[${i}]`;
  const id = rule.id || `rule-${i + 1}`;
  if (id.length > 255) throw invalidArgument(`${what}.id is longer than 255 characters`);
  if (ids.has(id)) throw invalidArgument(`${what}.id "${id}" is used twice`);
  ids.add(id);
  const status = rule.status === "" ? "Enabled" : rule.status[0]!.toUpperCase() + rule.status.slice(1).toLowerCase();
  if (status !== "Enabled" && status !== "Disabled")
    throw invalidArgument(`${what}.status must be Enabled or Disabled`);
  if (!rule.expiration && !rule.transition) throw invalidArgument(`${what} needs an expiration or a transition`);
  return [
    "<Rule>",
    el("ID", id),
    filterXml(fromStruct(rule.filter), `${what}.filter`),
    el("Status", status),
    rule.expiration ? expirationXml(fromStruct(rule.expiration), `${what}.expiration`) : "",
    rule.transition ? transitionXml(fromStruct(rule.transition), `${what}.transition`) : "",
    "</Rule>",
  ].join("");
}

/** The LifecycleConfiguration document the sidecar sends for the caller's rules. */
export function lifecycleXml(rules: LifecycleRule__Output[]): string {
  if (rules.length === 0) throw invalidArgument("rules is empty; DeleteBucketLifecycle removes all rules");
  if (rules.length > MAX_RULES) throw invalidArgument(`at most ${MAX_RULES} rules`);
  const ids = new Set<string>();
  const body = rules.map((r, i) => ruleXml(r, i, ids)).join("");
  return `<LifecycleConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${body}</LifecycleConfiguration>`;
}

/** Days, a date (as YYYY-MM-DD) or the delete-marker flag of an Expiration or Transition element. */
function whenFields(xml: string): Fields {
  const out: Fields = {};
  const d = xmlText(xml, "Days");
  const dt = xmlText(xml, "Date");
  const marker = xmlText(xml, "ExpiredObjectDeleteMarker");
  const storageClass = xmlText(xml, "StorageClass");
  if (d !== undefined) out.days = Number(d);
  if (dt !== undefined) out.date = dt.slice(0, 10);
  if (marker !== undefined) out.expired_object_delete_marker = marker === "true";
  if (storageClass !== undefined) out.storage_class = storageClass;
  return out;
}

/** The backend's LifecycleConfiguration as the API's rules. */
export function parseLifecycleXml(xml: string): LifecycleRule[] {
  return xmlElements(xml, "Rule").map((rule) => {
    const filter = xmlElements(rule, "Filter")[0] ?? "";
    const tags = Object.fromEntries(
      xmlElements(filter, "Tag").map((t) => [xmlText(t, "Key") ?? "", xmlText(t, "Value") ?? ""] as [string, Json]),
    );
    // A legacy rule-level <Prefix> sits outside <Filter>; strip the filter before looking for it.
    const prefix = xmlText(filter, "Prefix") ?? xmlText(rule.replace(/<Filter[\s\S]*?<\/Filter>/, ""), "Prefix") ?? "";
    const expiration = xmlElements(rule, "Expiration")[0];
    const transition = xmlElements(rule, "Transition")[0];
    return {
      id: xmlText(rule, "ID") ?? "",
      status: xmlText(rule, "Status") ?? "",
      filter: toStruct({ prefix, ...(Object.keys(tags).length > 0 ? { tags } : {}) }),
      ...(expiration === undefined ? {} : { expiration: toStruct(whenFields(expiration)) }),
      ...(transition === undefined ? {} : { transition: toStruct(whenFields(transition)) }),
    };
  });
}
