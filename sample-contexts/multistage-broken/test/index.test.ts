import { test } from "node:test";
test("starts", () => {});
