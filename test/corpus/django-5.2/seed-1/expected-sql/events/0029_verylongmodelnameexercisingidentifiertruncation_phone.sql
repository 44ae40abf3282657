BEGIN;
--
-- Add field phone to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ADD COLUMN "phone" integer NULL;
CREATE INDEX "events_verylongmodelnameex_phone_a054eb01" ON "events_verylongmodelnameexercisingidentifiertruncation" ("phone");
COMMIT;
