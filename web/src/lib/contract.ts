// The zod schemas shared with the backend (src/contract): one source of truth for the API's shapes.

export * from "../../../src/contract/aanbieders";
export * from "../../../src/contract/aanmelden";
export * from "../../../src/contract/afspraken";
export * from "../../../src/contract/berichten";
export * from "../../../src/contract/besluiten";
export * from "../../../src/contract/brieven";
export * from "../../../src/contract/documenten";
export * from "../../../src/contract/gebruikers";
export * from "../../../src/contract/huisverbod";
export * from "../../../src/contract/kalender";
export * from "../../../src/contract/levering";
export * from "../../../src/contract/meldcode";
export * from "../../../src/contract/paginering";
export * from "../../../src/contract/personen";
export * from "../../../src/contract/problem";
export * from "../../../src/contract/protocollen";
export * from "../../../src/contract/regie";
export * from "../../../src/contract/resultatenplan";
export * from "../../../src/contract/sessie";
export * from "../../../src/contract/signs-of-safety";
export * from "../../../src/contract/sociale-kaart";
export * from "../../../src/contract/veilig-opgroeien";
export * from "../../../src/contract/werkblad";
export * from "../../../src/contract/werkverdeling";
export * from "../../../src/contract/zaken";
