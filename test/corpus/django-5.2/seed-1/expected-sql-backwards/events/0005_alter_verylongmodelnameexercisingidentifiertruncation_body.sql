BEGIN;
--
-- Alter field body on verylongmodelnameexercisingidentifiertruncation
--
SET CONSTRAINTS "events_verylongmodel_body_id_25c74f14_fk_blog_sens" IMMEDIATE; ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" DROP CONSTRAINT "events_verylongmodel_body_id_25c74f14_fk_blog_sens";
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ALTER COLUMN "body_id" DROP NOT NULL;
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ADD CONSTRAINT "events_verylongmodel_body_id_25c74f14_fk_blog_sens" FOREIGN KEY ("body_id") REFERENCES "blog_sensor" ("code") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
