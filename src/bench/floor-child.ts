/** Run as its own process by the benchmark, so the floor pays process start-up just as a build does. */
import { buildFloor } from "./floor.js";

const [input, output] = process.argv.slice(2);
await buildFloor(input!, output!);
