/** Transitional: the form fields live in lib/formulier; berichten still imports them from here. */
export { Keuzerondjes, Keuzeveld } from "../../lib/formulier";
