BEGIN;
--
-- Create model Book
--
CREATE TABLE "blog_book_t23" ("slug" integer NOT NULL, "visible" date NOT NULL, "kind" smallint NOT NULL, "weight" integer NOT NULL, CONSTRAINT "blog_book_uniq24" UNIQUE ("slug") DEFERRABLE INITIALLY IMMEDIATE, PRIMARY KEY ("slug", "visible"));
COMMENT ON COLUMN "blog_book_t23"."weight" IS 'Заметка';
COMMIT;
