export { type Actie, type Actor, type Besluit, beslis, REGIEGROEP, type Resource } from "./beleid";
export * from "./rechten";
