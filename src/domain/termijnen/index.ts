export { type Aanvraagtoets, controleerAanvraag } from "./aanvraag";
export {
  type Berekening,
  berekenTermijnen,
  eerstvolgendeTermijn,
  type Opschorting,
  type Termijn,
  type TermijnFeiten,
  type TermijnStatus,
  type Verlenging,
} from "./bereken";
export { berekenDwangsom, type Dwangsom } from "./dwangsom";
export {
  type GelijkgesteldeDag,
  isWerkdag,
  type Kalender,
  maakKalender,
  plusWerkdagen,
} from "./kalender";
export { TERMIJN_SOORTEN, TERMIJNREGELS, type TermijnSoort } from "./regels";
export { schortOp, type VerdagingUitkomst, verleng } from "./verdaging";
