/** Dates in the browser: the same Dutch calendar day as the server uses for deadlines. */
export { vandaag as vandaagIso } from "../../../src/lib/klok";
