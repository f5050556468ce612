export {
  type Actie,
  type Actor,
  type Besluit,
  beslis,
  REGIEGROEP,
  type Resource,
  TOEGANGSROLLEN,
} from "./beleid";
export * from "./rechten";
