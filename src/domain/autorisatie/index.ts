export {
  type Actie,
  type Actor,
  beslis,
  type CasusDeel,
  type Oordeel,
  REGIEGROEP,
  type Resource,
  TOEGANGSROLLEN,
} from "./beleid";
export * from "./rechten";
