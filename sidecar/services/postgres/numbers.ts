/**
 * When an exact decimal from PostgreSQL (`numeric`, `int8`, a jsonb number) may travel as a
 * double: only when the double means the same decimal value. The double's shortest decimal
 * spelling (what `String(n)` gives) must equal the text as a number: `9.50` → 9.5, `0.1`,
 * `1234.5` and `9007199254740994` pass; `12345678901234567890.123`,
 * `0.1000000000000000000001` and `9007199254740993` would change, so they stay strings.
 * Clients do arithmetic on the numbers (`price * 2`) and keep the strings exact.
 */

// Sign, integer digits, fraction digits, exponent: the decimal spellings of PostgreSQL and of JS.
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * A decimal spelling reduced to `sign digits e exponent`, with no leading or trailing zeros in the
 * digits, so two spellings of the same value give the same string. Undefined when not a decimal.
 */
export function canonicalDecimal(text: string): string | undefined {
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const [, sign, whole = "", fraction = "", exponent = "0"] = m;
  if (whole === "" && fraction === "") return undefined;
  let digits = (whole + fraction).replace(/^0+/, "");
  if (digits === "") return "0";
  let exp = Number(exponent) - fraction.length;
  const trimmed = digits.replace(/0+$/, "");
  exp += digits.length - trimmed.length;
  digits = trimmed;
  return `${sign === "-" ? "-" : ""}${digits}e${exp}`;
}

/** True when `n` (parsed from `text`) is exactly the decimal value `text` spells. */
export function doubleKeepsDecimal(text: string, n: number): boolean {
  if (!Number.isFinite(n)) return false;
  const shortest = String(n);
  // The common case (`42`, `1234.5`) needs no normalising.
  if (shortest === text) return true;
  const canonical = canonicalDecimal(text);
  return canonical !== undefined && canonical === canonicalDecimal(shortest);
}

/** A decimal text as a double when that keeps its value, else undefined (keep the text). */
export function exactDouble(text: string): number | undefined {
  const n = Number(text);
  return doubleKeepsDecimal(text, n) ? n : undefined;
}

// A JSON string (skipped whole, so digits inside strings are never touched) or a JSON number.
const JSON_STRING_OR_NUMBER = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * JSON text with every number a double would change turned into a string of its digits, so that
 * `JSON.parse` then keeps exact values: numbers that survive as doubles, the rest as strings.
 */
export function quoteInexactJsonNumbers(json: string): string {
  return json.replace(JSON_STRING_OR_NUMBER, (token) =>
    token.charCodeAt(0) === 0x22 || exactDouble(token) !== undefined ? token : `"${token}"`,
  );
}
