/**
 * The rule of sidecar/services/postgres/numbers.ts: an exact decimal travels as a double only when
 * the double is the same decimal value; otherwise it stays its exact text.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { canonicalDecimal, exactDouble, quoteInexactJsonNumbers } from "../../sidecar/services/postgres/numbers";

describe("decimals as doubles", () => {
  test("values a double holds exactly become numbers, however PostgreSQL spells them", () => {
    assert.equal(exactDouble("9.50"), 9.5);
    assert.equal(exactDouble("0.1"), 0.1);
    assert.equal(exactDouble("1234.5"), 1234.5);
    assert.equal(exactDouble("19.99"), 19.99);
    assert.equal(exactDouble("-0.0500"), -0.05);
    assert.equal(exactDouble("42"), 42);
    assert.equal(exactDouble("100.000"), 100);
    assert.equal(exactDouble("0.0000001"), 1e-7); // String(n) is "1e-7"
    assert.equal(exactDouble("100000000000000000000000"), 1e23); // String(n) is "1e+23"
    assert.equal(exactDouble("9007199254740991"), 2 ** 53 - 1);
    assert.equal(exactDouble("9007199254740992"), 2 ** 53);
    assert.equal(exactDouble("0"), 0);
  });

  test("values a double would change stay strings", () => {
    for (const text of [
      "12345678901234567890.123",
      "0.1000000000000000000001",
      "9007199254740993",
      "9223372036854775807",
      "-9223372036854775808",
      "3.14159265358979323846",
      "NaN",
      "Infinity",
      "-Infinity",
      "",
      "1,5",
    ]) {
      assert.equal(exactDouble(text), undefined, text);
    }
  });

  test("canonical spellings: same value, same string", () => {
    assert.equal(canonicalDecimal("9.50"), canonicalDecimal("9.5"));
    assert.equal(canonicalDecimal("0012.3400"), "1234e-2");
    assert.equal(canonicalDecimal("1e+23"), canonicalDecimal("100000000000000000000000"));
    assert.equal(canonicalDecimal("-0.00"), "0");
    assert.equal(canonicalDecimal("-1.5e-3"), "-15e-4");
    assert.equal(canonicalDecimal("."), undefined);
    assert.equal(canonicalDecimal("abc"), undefined);
  });

  test("every double's shortest spelling, also with trailing zeros, comes back as that double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.nat(3), (n, zeros) => {
        const text = String(n);
        // PostgreSQL keeps a numeric's scale ("9.50"): trailing zeros do not change the value.
        const padded = text.includes(".") && !text.includes("e") ? text + "0".repeat(zeros) : text;
        // -0 spells "0", which is 0: the same decimal value.
        assert.equal(exactDouble(padded), n === 0 ? 0 : n, padded);
      }),
      { numRuns: 2000 },
    );
  });

  test("a decimal with more digits than a double holds is never a number", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 2n ** 53n + 1n, max: 2n ** 80n }), fc.nat(99), (big, frac) => {
        // An odd integer above 2^53 has no double; a fraction with a non-zero last digit neither.
        const odd = big % 2n === 0n ? big + 1n : big;
        assert.equal(exactDouble(String(odd)), undefined);
        assert.equal(exactDouble(`${odd}.${String(frac).padStart(2, "0")}1`), undefined);
      }),
      { numRuns: 500 },
    );
  });
});

describe("json numbers", () => {
  test("numbers a double would change become strings; strings and keys are untouched", () => {
    const json =
      '{"12345678901234567890": 12345678901234567890, "p": 9.50, "s": "1.00000000000000000001", "n": -1e400}';
    assert.deepEqual(JSON.parse(quoteInexactJsonNumbers(json)), {
      "12345678901234567890": "12345678901234567890",
      p: 9.5,
      s: "1.00000000000000000001",
      n: "-1e400",
    });
    assert.equal(quoteInexactJsonNumbers('["a\\"1.00000000000000000001", 2]'), '["a\\"1.00000000000000000001", 2]');
  });
});
