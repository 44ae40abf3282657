BEGIN;
--
-- Alter field kind on verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation_t28" ADD CONSTRAINT "events_verylongmodelname_kind_824a1579_uniq" UNIQUE ("kind");
CREATE INDEX "events_verylongmodelname_kind_824a1579_like" ON "events_verylongmodelnameexercisingidentifiertruncation_t28" ("kind" varchar_pattern_ops);
COMMIT;
