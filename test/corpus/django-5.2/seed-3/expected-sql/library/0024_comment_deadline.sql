BEGIN;
--
-- Add field deadline to comment
--
ALTER TABLE "library_comment" ADD COLUMN "deadline_id" varchar(20) DEFAULT 'n/a' NOT NULL CONSTRAINT "library_comment_deadline_id_24ad6f4c_fk_fleet_invoice_t3_code" REFERENCES "fleet_invoice_t3"("code") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "library_comment_deadline_id_24ad6f4c_fk_fleet_invoice_t3_code" IMMEDIATE;
ALTER TABLE "library_comment" ALTER COLUMN "deadline_id" DROP DEFAULT;
CREATE INDEX "library_comment_deadline_id_24ad6f4c" ON "library_comment" ("deadline_id");
CREATE INDEX "library_comment_deadline_id_24ad6f4c_like" ON "library_comment" ("deadline_id" varchar_pattern_ops);
COMMIT;
