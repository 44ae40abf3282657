BEGIN;
--
-- Alter field body on verylongmodelnameexercisingidentifiertruncation
--
SET CONSTRAINTS "events_vendor_body_id_18d2cba2_fk" IMMEDIATE; ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" DROP CONSTRAINT "events_vendor_body_id_18d2cba2_fk";
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ALTER COLUMN "body_id" SET NOT NULL;
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ADD CONSTRAINT "events_verylongmodel_body_id_25c74f14_fk_blog_sens" FOREIGN KEY ("body_id") REFERENCES "blog_sensor" ("code") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
