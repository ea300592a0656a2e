-- A registration's document (about 3 kB of JSON) is rewritten with every event of the registration and read by
-- every request about it. By default PostgreSQL compresses a row over 2 kB and moves the document to the TOAST
-- table, so each write stored a heap row, a TOAST chunk and a TOAST index entry, and each read decompressed it.
-- Rows up to a page now keep the document in place, uncompressed; larger ones are still compressed and moved.
ALTER TABLE registration_view SET (toast_tuple_target = 8160);
