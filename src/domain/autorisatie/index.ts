export {
  type Actie,
  type Actor,
  beslis,
  type CasusDeel,
  type HuisverbodDeel,
  isPartner,
  type MeldcodeDeel,
  type Oordeel,
  REGIEGROEP,
  type Resource,
  type SchuldhulpDeel,
  type SignsOfSafetyDeel,
  TOEGANGSROLLEN,
  VAKGROEP_LEERPLICHT,
  VAKGROEP_POH_JEUGD,
  VAKGROEP_SCHULDHULP,
  VAKGROEP_SMW,
  VAKGROEP_VEILIG_OPGROEIEN,
  type VeiligOpgroeienDeel,
} from "./beleid";
export {
  beslisInwoner,
  type EigenRelatie,
  type InwonerActor,
  type InwonerResource,
  magOptredenVoor,
} from "./inwoner";
export * from "./rechten";
