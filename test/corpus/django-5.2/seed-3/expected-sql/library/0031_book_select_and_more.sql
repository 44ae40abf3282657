BEGIN;
--
-- Add field select to book
--
ALTER TABLE "library_book" ADD COLUMN "select" varchar(200) NULL UNIQUE;
--
-- Add field origin to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "library_verylongmodelnameexercisingidentifiertruncation" ADD COLUMN "origin" timestamp with time zone DEFAULT '2024-02-29 23:59:59+00:00'::timestamptz NOT NULL;
ALTER TABLE "library_verylongmodelnameexercisingidentifiertruncation" ALTER COLUMN "origin" DROP DEFAULT;
CREATE INDEX "library_book_select_232596bf_like" ON "library_book" ("select" varchar_pattern_ops);
COMMIT;
