export * from "./audit";
export * from "./gebruikers";
export * from "./personen";
export * from "./tenancy";
export * from "./zaken";
