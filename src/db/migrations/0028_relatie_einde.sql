-- Relations end instead of being deleted (issue 21: "add and change relations"): gezag ends when a voogd is
-- appointed, a partnership or a representation ends. The row stays with its end date, the reason and who recorded
-- it, so a letter sent earlier to a gezaghebbende can still be explained; a changed relation is an ended one plus a
-- new one. Only current relations (no end date) are unique per pair and kind.
ALTER TABLE "persoon_relaties" ADD COLUMN "beeindigd_op" date;
--> statement-breakpoint
ALTER TABLE "persoon_relaties" ADD COLUMN "reden_beeindiging" text;
--> statement-breakpoint
ALTER TABLE "persoon_relaties" ADD COLUMN "beeindigd_door" uuid REFERENCES "gebruikers"("id");
--> statement-breakpoint
ALTER TABLE "persoon_relaties" ADD CONSTRAINT "persoon_relaties_einde_ck" CHECK (
	("beeindigd_op" IS NULL) = ("reden_beeindiging" IS NULL) AND ("beeindigd_op" IS NULL) = ("beeindigd_door" IS NULL)
);
--> statement-breakpoint
DROP INDEX "persoon_relaties_uq";
--> statement-breakpoint
CREATE UNIQUE INDEX "persoon_relaties_uq" ON "persoon_relaties" USING btree ("persoon_id","gerelateerde_id","soort") WHERE "beeindigd_op" IS NULL;
