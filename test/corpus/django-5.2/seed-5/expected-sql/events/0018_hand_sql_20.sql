BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_20 (id integer PRIMARY KEY, label text);
CREATE INDEX hand_aux_20_label ON hand_aux_20 (label);
COMMIT;
