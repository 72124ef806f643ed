/** The bench command line: the suite's name and the open-loop rate, in either order. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { optionsFrom, suiteNameFrom } from "../../bench/suite";

test("--rate N and --rate=N set an open loop; the suite is the argument that is not a flag's value", () => {
  assert.equal(optionsFrom(["postgres", "--rate", "1000"], {}).rate, 1000);
  assert.equal(optionsFrom(["--rate=250", "redis"], {}).rate, 250);
  assert.equal(suiteNameFrom(["--rate", "1000", "postgres"]), "postgres");
  assert.equal(suiteNameFrom(["nats", "--profile", "--rate", "5"]), "nats");
});

test("BENCH_RATE when no flag; none means closed loops; a rate must be positive", () => {
  assert.equal(optionsFrom(["redis"], { BENCH_RATE: "500" }).rate, 500);
  assert.equal(optionsFrom(["redis"], {}).rate, undefined);
  assert.throws(() => optionsFrom(["redis", "--rate", "0"], {}), /positive/);
  assert.throws(() => optionsFrom(["redis", "--rate", "fast"], {}), /positive/);
});
