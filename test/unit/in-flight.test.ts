/** The list of calls in flight that shutdown answers at the end of the grace period. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { SidecarError } from "../../sidecar/errors";
import { InFlightCalls, type InFlightEntry } from "../../sidecar/in-flight";

function entries(calls: InFlightCalls, n: number, ended: number[]): InFlightEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const entry: InFlightEntry = {
      end: () => {
        ended.push(i);
        calls.delete(entry);
      },
    };
    calls.add(entry);
    return entry;
  });
}

test("removing entries from the head, the middle and the tail leaves exactly the others", () => {
  const calls = new InFlightCalls();
  const ended: number[] = [];
  const e = entries(calls, 5, ended);
  calls.delete(e[4]);
  calls.delete(e[2]);
  calls.delete(e[0]);
  calls.delete(e[2]);
  assert.equal(calls.size, 2);
  calls.endAll(new SidecarError("unavailable", "over"));
  assert.deepEqual(ended.sort(), [1, 3]);
  assert.equal(calls.size, 0);
});

test("endAll answers every call once, also when each removes itself while being ended", () => {
  const calls = new InFlightCalls();
  const ended: number[] = [];
  entries(calls, 100, ended);
  calls.endAll(new SidecarError("unavailable", "over"));
  assert.equal(ended.length, 100);
  assert.equal(new Set(ended).size, 100);
  assert.equal(calls.size, 0);
  calls.endAll(new SidecarError("unavailable", "again"));
  assert.equal(ended.length, 100);
});
