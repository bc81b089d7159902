INSERT INTO authors (name) VALUES ('Ann');
INSERT INTO authors (name) VALUES ('Bob');
INSERT INTO "order" (label, author_id) VALUES ('first', 1);
