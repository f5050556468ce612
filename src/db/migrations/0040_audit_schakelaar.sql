-- Issue 19: the audit hash chain is linked off the request path. A request inserts its audit rows unlinked
-- (hash, vorige_hash and volgnummer null) in the same transaction as the read or change they record, so
-- nothing is lost on a crash and no request waits on a chain lock. The chainer (src/audit/schakelaar.ts)
-- links committed rows in the order it finds them: volgnummer is the position in the chain, which a late
-- committing row with a lower id gets after earlier committed ones.
ALTER TABLE "audit_log" ALTER COLUMN "vorige_hash" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "volgnummer" bigint;
--> statement-breakpoint
UPDATE "audit_log" a SET "volgnummer" = n.volgnummer
FROM (SELECT id, row_number() OVER (PARTITION BY gemeente_code, keten ORDER BY id) AS volgnummer FROM "audit_log") n
WHERE a.id = n.id;
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_geschakeld_ck" CHECK (
  ("volgnummer" IS NULL AND "hash" IS NULL AND "vorige_hash" IS NULL)
  OR ("volgnummer" IS NOT NULL AND "hash" IS NOT NULL AND "vorige_hash" IS NOT NULL)
);
--> statement-breakpoint
DROP INDEX IF EXISTS "audit_log_keten_idx";
--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_keten_idx" ON "audit_log" USING btree ("gemeente_code","keten","volgnummer") WHERE "volgnummer" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "audit_log_ongeschakeld_idx" ON "audit_log" USING btree ("gemeente_code","keten","id") WHERE "hash" IS NULL;
