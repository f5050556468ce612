/**
 * Transitional: the form fields live in lib/formulier; aanbieders still imports them from here and passes
 * `opties` where lib/formulier's Keuzeveld takes `keuzes`. Delete this file once aanbieders imports
 * lib/formulier directly (rename `opties=` to `keuzes=`).
 */
import { type ComponentProps, forwardRef } from "react";
import { Keuzeveld as Keuzelijstveld } from "../../lib/formulier";

type Props = Omit<ComponentProps<typeof Keuzelijstveld>, "keuzes"> & {
  opties: ComponentProps<typeof Keuzelijstveld>["keuzes"];
};

export const Keuzeveld = forwardRef<HTMLSelectElement, Props>(function Keuzeveld({ opties, ...rest }, ref) {
  return <Keuzelijstveld ref={ref} keuzes={opties} {...rest} />;
});

export { Tekstvak } from "../../lib/formulier";
