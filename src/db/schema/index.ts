export * from "./audit";
export * from "./catalogus";
export * from "./gebruikers";
export * from "./inzage";
export * from "./personen";
export * from "./signalering";
export * from "./tenancy";
export * from "./zaken";
