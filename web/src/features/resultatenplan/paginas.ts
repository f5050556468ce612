/** The pages of this area, loaded together on first use (lib/lui.tsx); only pages belong here. */
export { CatalogusPagina } from "./CatalogusPagina";
export { PlanPagina } from "./PlanPagina";
