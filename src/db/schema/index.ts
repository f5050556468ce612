export * from "./gebruikers";
export * from "./tenancy";
