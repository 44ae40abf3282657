BEGIN;
--
-- Rename model Sensor to Album
--
ALTER TABLE "blog_sensor" RENAME TO "blog_album";
SET CONSTRAINTS "events_verylongmodel_body_id_25c74f14_fk_blog_sens" IMMEDIATE; ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" DROP CONSTRAINT "events_verylongmodel_body_id_25c74f14_fk_blog_sens";
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ADD CONSTRAINT "events_verylongmodel_body_id_25c74f14_fk_blog_albu" FOREIGN KEY ("body_id") REFERENCES "blog_album" ("code") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
