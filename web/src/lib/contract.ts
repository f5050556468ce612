// The zod schemas shared with the backend (src/contract): one source of truth for the API's shapes.
export * from "../../../src/contract/gebruikers";
export * from "../../../src/contract/paginering";
export * from "../../../src/contract/personen";
export * from "../../../src/contract/problem";
export * from "../../../src/contract/sessie";
export * from "../../../src/contract/zaken";
