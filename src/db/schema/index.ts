export * from "./audit";
export * from "./gebruikers";
export * from "./personen";
export * from "./signalering";
export * from "./tenancy";
export * from "./zaken";
