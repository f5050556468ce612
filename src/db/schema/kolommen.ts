import { char, integer, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { gemeenten, samenwerkingsverbanden } from "./tenancy";

/**
 * Column builders that recur in every schema file. Each call returns a fresh builder, so one helper can be
 * used in many tables; the SQL (names, types, defaults, references) is exactly what the migrations create.
 */

/** Surrogate key: `id uuid primary key default gen_random_uuid()`. */
export const id = () => uuid("id").primaryKey().defaultRandom();

/** Tenant column: `gemeente_code char(4) not null references gemeenten(code)`. */
export const gemeenteCode = () =>
  char("gemeente_code", { length: 4 })
    .notNull()
    .references(() => gemeenten.code);

/** Regional column: `samenwerkingsverband_code text not null references samenwerkingsverbanden(code)`. */
export const samenwerkingsverbandCode = () =>
  text("samenwerkingsverband_code")
    .notNull()
    .references(() => samenwerkingsverbanden.code);

/** Optimistic-locking counter: `versie integer not null default 1`. */
export const versie = () => integer("versie").notNull().default(1);

/** `<naam> timestamptz not null default now()`, e.g. aangemaakt_op, gewijzigd_op. */
export const tijdstipNu = (naam: string) => timestamp(naam, { withTimezone: true }).notNull().defaultNow();

export const aangemaaktOp = () => tijdstipNu("aangemaakt_op");
export const gewijzigdOp = () => tijdstipNu("gewijzigd_op");
