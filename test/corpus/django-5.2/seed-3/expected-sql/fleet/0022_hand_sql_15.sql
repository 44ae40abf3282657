BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_15 (id integer PRIMARY KEY, label text);
CREATE INDEX hand_aux_15_label ON hand_aux_15 (label);
COMMIT;
