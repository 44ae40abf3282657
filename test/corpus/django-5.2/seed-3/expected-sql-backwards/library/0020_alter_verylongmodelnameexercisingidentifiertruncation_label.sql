BEGIN;
--
-- Alter field label on verylongmodelnameexercisingidentifiertruncation
--
CREATE INDEX "library_verylongmodelnamee_label_c4e38d42" ON "library_verylongmodelnameexercisingidentifiertruncation" ("label");
CREATE INDEX "library_verylongmodelnam_label_c4e38d42_like" ON "library_verylongmodelnameexercisingidentifiertruncation" ("label" varchar_pattern_ops);
COMMIT;
