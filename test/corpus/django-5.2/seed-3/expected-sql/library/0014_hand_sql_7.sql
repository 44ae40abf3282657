BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_7 (id integer PRIMARY KEY, label text);
CREATE INDEX hand_aux_7_label ON hand_aux_7 (label);
COMMIT;
