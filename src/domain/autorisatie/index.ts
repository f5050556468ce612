export {
  type Actie,
  type Actor,
  beslis,
  type CasusDeel,
  type HuisverbodDeel,
  type MeldcodeDeel,
  type Oordeel,
  REGIEGROEP,
  type Resource,
  type SchuldhulpDeel,
  type SignsOfSafetyDeel,
  TOEGANGSROLLEN,
  VAKGROEP_SCHULDHULP,
  VAKGROEP_VEILIG_OPGROEIEN,
  type VeiligOpgroeienDeel,
} from "./beleid";
export * from "./rechten";
