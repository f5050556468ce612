/** The pages of this area, loaded together on first use (lib/lui.tsx); only pages belong here. */
export { BeheerPagina } from "./BeheerPagina";
export { GelijkgesteldeDagenPagina } from "./GelijkgesteldeDagenPagina";
export { MedewerkerBewerkenPagina, MedewerkerToevoegenPagina } from "./MedewerkerPaginas";
export { MedewerkersPagina } from "./MedewerkersPagina";
export { ProtocolBewerkenPagina, ProtocollenBeheerPagina } from "./ProtocollenBeheer";
export { RolverzoekenPagina } from "./RolverzoekenPagina";
export { RouteringsmodelPagina } from "./Routeringsmodel";
export { VakgroepBewerkenPagina, VakgroepenPagina } from "./VakgroepenPaginas";
