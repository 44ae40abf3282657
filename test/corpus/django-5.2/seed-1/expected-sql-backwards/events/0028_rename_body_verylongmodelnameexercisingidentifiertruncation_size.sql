BEGIN;
--
-- Rename field body on verylongmodelnameexercisingidentifiertruncation to size
--
SET CONSTRAINTS "events_verylongmodel_size_id_ebe16ce5_fk_blog_albu" IMMEDIATE; ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" DROP CONSTRAINT "events_verylongmodel_size_id_ebe16ce5_fk_blog_albu";
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" RENAME COLUMN "size_id" TO "body_id";
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ADD CONSTRAINT "events_verylongmodel_body_id_25c74f14_fk_blog_sens" FOREIGN KEY ("body_id") REFERENCES "blog_sensor" ("code") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
