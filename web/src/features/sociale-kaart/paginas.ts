/** The pages of this area, loaded together on first use (lib/lui.tsx); only pages belong here. */
export { KaartBeheerPagina, TellingPagina, VoorzieningBeheerPagina } from "./BeheerPaginas";
export { OpenbareKaartPagina } from "./OpenbarePagina";
