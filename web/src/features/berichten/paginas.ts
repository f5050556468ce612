/** The pages of this area, loaded together on first use (lib/lui.tsx); only pages belong here. */
export { BerichtenPagina } from "./BerichtenPagina";
export { BerichtPagina } from "./BerichtPagina";
export { VerzoekenPagina } from "./VerzoekenPagina";
export { VerzoekPagina } from "./VerzoekPagina";
